import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ModerationPolicy } from "../lib/moderation"
import { reviewerOf } from "../lib/scope"

/** Who reviews an establishment's changes, and under which policy (see reviewerOf). */
export async function findReviewer(container: MedusaContainer, sellerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: sellers }, { data: memberships }] = await Promise.all([
    query.graph({ entity: "seller", fields: ["id", "commune.id"], filters: { id: sellerId } }),
    query.graph({
      entity: "association_membership",
      fields: ["association_id", "joined_at", "association.policy"],
      filters: { seller_id: sellerId, status: "active" },
    }),
  ])
  return reviewerOf(
    memberships.map((m) => ({
      association_id: m.association_id as string,
      policy: (m.association as { policy: ModerationPolicy }).policy,
      joined_at: m.joined_at as Date | null,
    })),
    (sellers[0]?.commune as { id: string } | undefined)?.id ?? ""
  )
}
