import { model } from "@medusajs/framework/utils"
import { CASE_STATUSES, MODERATION_POLICIES, MODERATION_SUBJECTS } from "../../../lib/moderation"

/**
 * One change an establishment wants to publish, and what was decided. The
 * proposed change is kept whatever happens, so a rejected draft is never lost.
 * No association: the establishment's commune agents moderate (fallback queue).
 */
export const ModerationCase = model
  .define("moderation_case", {
    id: model.id({ prefix: "mcase" }).primaryKey(),
    subject: model.enum([...MODERATION_SUBJECTS]),
    subject_id: model.text(),
    seller_id: model.text(),
    commune_id: model.text(),
    association_id: model.text().nullable(),
    policy: model.enum([...MODERATION_POLICIES]),
    status: model.enum([...CASE_STATUSES]).default("pending"),
    proposed: model.json(),
    /** The published version when the change was proposed: what a take-down goes back to. */
    previous: model.json().nullable(),
    submitted_by: model.text(),
    decided_by: model.text().nullable(),
    decided_by_type: model.text().nullable(),
    reason: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["association_id", "status"] },
    { on: ["commune_id", "status"] },
    { on: ["subject", "subject_id"] },
  ])
