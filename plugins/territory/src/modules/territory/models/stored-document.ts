import { model } from "@medusajs/framework/utils"

/**
 * A document the platform generates (a printable kit, an activity report), kept in the file store
 * (local disk, or S3-compatible object storage) so that every backend process serves the same copy and
 * none renders it again until what it says changes: `fingerprint` digests what the document was made from.
 */
export const StoredDocument = model
  .define("territory_stored_document", {
    id: model.id({ prefix: "sdoc" }).primaryKey(),
    /** What the document is, e.g. `kit:a6:tag_…` or `report:pdf:com_…:2026-11-01:2026-11-30`. */
    key: model.text(),
    fingerprint: model.text(),
    /** The file module's id (the object's key in the bucket). */
    file_id: model.text(),
    url: model.text(),
    mime_type: model.text(),
    size: model.number(),
  })
  .indexes([{ on: ["key"], unique: true }])
