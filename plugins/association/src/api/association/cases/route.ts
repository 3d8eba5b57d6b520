import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CASE_STATUSES, MODERATION_SUBJECTS } from "../../../lib/moderation"
import { queueFilters } from "../../../lib/scope"
import type { ListCasesType } from "../../validators"
import { resolveScope } from "../../utils/scope"

export const CASE_FIELDS = [
  "id",
  "subject",
  "subject_id",
  "seller_id",
  "commune_id",
  "association_id",
  "policy",
  "status",
  "proposed",
  "previous",
  "submitted_by",
  "decided_by",
  "decided_by_type",
  "reason",
  "decided_at",
  "created_at",
  "updated_at",
]

/**
 * The moderation queue the caller may see, oldest first, with counts by
 * status and by subject (of the whole filtered queue, not just the page).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListCasesType>, res: MedusaResponse) {
  const scope = await resolveScope(req)
  const { status, subject, association_id, fallback, limit, offset } = req.validatedQuery
  const scoped = queueFilters(scope, { association_id, fallback: fallback === "true" })
  if (!scoped) {
    const none = { by_status: countBy(CASE_STATUSES, []), by_subject: countBy(MODERATION_SUBJECTS, []) }
    return res.json({ cases: [], count: 0, limit, offset, counts: none })
  }
  const filters: Record<string, unknown> = { ...scoped, ...(subject ? { subject } : {}) }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: all } = await query.graph({ entity: "moderation_case", fields: ["status", "subject"], filters })
  const { data: cases } = await query.graph({
    entity: "moderation_case",
    // The establishment's name: a queue is read by who asked, not by ids.
    fields: [...CASE_FIELDS, "seller.name"],
    filters: { ...filters, ...(status ? { status } : {}) },
    pagination: { order: { created_at: "ASC" }, skip: offset, take: limit },
  })
  res.json({
    cases,
    count: status ? all.filter((c) => c.status === status).length : all.length,
    limit,
    offset,
    counts: { by_status: countBy(CASE_STATUSES, all.map((c) => c.status as string)), by_subject: countBy(MODERATION_SUBJECTS, all.map((c) => c.subject as string)) },
  })
}

/** How many of `values` are each of `keys` (zero for those absent). */
function countBy<K extends string>(keys: readonly K[], values: string[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, values.filter((v) => v === k).length])) as Record<K, number>
}
