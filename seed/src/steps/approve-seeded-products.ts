import { decideModerationCaseWorkflow } from "@enjoy/association/workflows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

const PLATFORM_TEAM = { actor_type: "operator" as const, actor_id: "seed" }

/**
 * The demo's initial catalogue counts as reviewed by the platform team: the
 * cases its products opened in the fallback queue are approved by the
 * operator (and audited as such), so the agents' queues start with real work only.
 */
export async function approveSeededProducts(container: MedusaContainer, productIds: string[]) {
  if (!productIds.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: cases } = await query.graph({
    entity: "moderation_case",
    fields: ["id"],
    filters: { subject: "product", subject_id: productIds, status: "pending" },
  })
  for (const { id } of cases) {
    await decideModerationCaseWorkflow(container).run({ input: { case_id: id, decision: "approved", scope: PLATFORM_TEAM } })
  }
}
