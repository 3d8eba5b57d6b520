import {
  acceptModeratorInviteWorkflow,
  changeMembershipWorkflow,
  createAssociationWorkflow,
  inviteModeratorWorkflow,
} from "@enjoy/association/workflows"
import { createSellerProductWorkflow, submitSellerWorkflow, updateVendorSellerWorkflow } from "@enjoy/marketplace/workflows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SeedAssociation } from "../../data/associations"
import type { SeededCommune } from "./communes"
import { DEMO_MERCHANT_PASSWORD, merchantEmail } from "./establishments"
import { ensureIdentity } from "./people"

export const DEMO_MODERATOR_PASSWORD = "enjoy-moderateur"
const OPERATOR_SCOPE = { actor_type: "operator" as const, actor_id: "seed" }

/**
 * Associations, their moderators (through the real invitation flow), their
 * members (invited, then accepted by the merchant) and, once, the demo's
 * pending proposals — submitted as the merchants would, through the vendor workflows.
 */
export async function seedAssociations(container: MedusaContainer, communes: SeededCommune[], associations: SeedAssociation[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const communeIds = new Map(communes.map((c) => [c.slug, c.id]))
  const handles = associations.flatMap((a) => [...a.members, ...a.proposals.map((p) => p.handle)])
  const { data: sellers } = await query.graph({
    entity: "seller",
    fields: ["id", "handle", "status", "members.merchant.email"],
    filters: { handle: handles },
  })
  const sellerOf = (handle: string) => sellers.find((s) => s.handle === handle)!

  for (const seed of associations) {
    const { data: found } = await query.graph({ entity: "association", fields: ["id"], filters: { slug: seed.slug } })
    const firstRun = !found.length
    const associationId = firstRun
      ? (
          await createAssociationWorkflow(container).run({
            input: {
              name: seed.name,
              slug: seed.slug,
              email: seed.email,
              policy: seed.policy,
              commune_ids: seed.communes.map((slug) => communeIds.get(slug)!),
            },
          })
        ).result.id
      : (found[0].id as string)
    if (!firstRun) {
      continue
    }
    for (const [index, login] of seed.moderators.entries()) {
      const identity = await ensureIdentity(container, `${login}@enjoy.test`, DEMO_MODERATOR_PASSWORD)
      const { result: invite } = await inviteModeratorWorkflow(container).run({
        input: { scope: OPERATOR_SCOPE, association_id: associationId, email: `${login}@enjoy.test`, role: index ? "moderator" : "president" },
      })
      await acceptModeratorInviteWorkflow(container).run({
        input: {
          token: invite.token,
          auth_identity_id: identity.id,
          moderator_id: (identity.app_metadata?.moderator_id as string | undefined) ?? undefined,
        },
      })
    }
    for (const handle of seed.members) {
      for (const status of ["invited", "active"] as const) {
        await changeMembershipWorkflow(container).run({ input: { association_id: associationId, seller_id: sellerOf(handle).id, status } })
      }
    }
    for (const proposal of seed.proposals) {
      const seller = sellerOf(proposal.handle)
      const email = (seller.members as { merchant: { email: string } }[])[0]?.merchant.email ?? merchantEmail("inconnu")
      const identity = await ensureIdentity(container, email, DEMO_MERCHANT_PASSWORD)
      const merchant_id = identity.app_metadata?.merchant_id as string
      if (proposal.kind === "profile") {
        await updateVendorSellerWorkflow(container).run({ input: { merchant_id, seller_id: seller.id, update: proposal.update } })
      } else if (proposal.kind === "product") {
        await createSellerProductWorkflow(container).run({ input: { merchant_id, seller_id: seller.id, product: proposal.product } })
      } else if (seller.status === "draft") {
        // A database seeded before associations existed has this establishment pending already.
        await submitSellerWorkflow(container).run({ input: { merchant_id, seller_id: seller.id } })
      }
    }
  }

  const logins = associations.flatMap((a) => a.moderators.map((m, i) => `${m}${i ? "" : " (présidence)"} — ${a.name}`))
  return [`modérateurs (/auth/moderator/emailpass) : <identifiant>@enjoy.test / ${DEMO_MODERATOR_PASSWORD}, identifiants : ${logins.join(" ; ")}`]
}
