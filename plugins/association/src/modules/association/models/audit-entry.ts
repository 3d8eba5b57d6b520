import { model } from "@medusajs/framework/utils"

/** Who did what, for which establishment, when, and the content before and after: decisions and assisted entry. */
export const AuditEntry = model
  .define("association_audit_entry", {
    id: model.id({ prefix: "aud" }).primaryKey(),
    action: model.enum(["decision", "on_behalf_edit"]),
    actor_type: model.text(),
    actor_id: model.text(),
    association_id: model.text().nullable(),
    commune_id: model.text().nullable(),
    seller_id: model.text(),
    subject: model.text(),
    subject_id: model.text(),
    case_id: model.text().nullable(),
    before: model.json().nullable(),
    after: model.json().nullable(),
  })
  .indexes([{ on: ["association_id", "created_at"] }, { on: ["seller_id"] }])
