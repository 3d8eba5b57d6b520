import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { TagTarget } from "../workflows"
import { issueTagsWorkflow } from "../workflows"

/** Every establishment and every published bon plan gets its short code, soon after it appears. */
export default async function issueMissingTags(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: communes } = await query.graph({ entity: "commune", fields: ["id", "sellers.id"] })
  const sellerTargets: TagTarget[] = communes.flatMap((c) =>
    ((c.sellers ?? []) as { id: string }[]).map((s) => ({ target_type: "seller" as const, target_id: s.id, commune_id: c.id, seller_id: s.id }))
  )
  const communeOf = new Map(sellerTargets.map((t) => [t.seller_id, t.commune_id]))
  const { data: deals } = await query.graph({ entity: "deal", fields: ["id", "seller_id"], filters: { status: ["published", "paused"] } })
  const dealTargets: TagTarget[] = deals
    .filter((d) => communeOf.has(d.seller_id as string))
    .map((d) => ({ target_type: "deal" as const, target_id: d.id, commune_id: communeOf.get(d.seller_id as string)!, seller_id: d.seller_id as string }))
  const { result } = await issueTagsWorkflow(container).run({ input: [...sellerTargets, ...dealTargets] })
  return { tags: result.length }
}

export const config = { name: "issue-missing-tags", schedule: "*/10 * * * *" }
