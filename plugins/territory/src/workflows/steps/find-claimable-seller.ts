import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The directory's establishment with this SIRET that nobody runs yet; any other answer is a 404 that says what to do. */
export const findClaimableSellerStep = createStep("find-claimable-seller", async (input: { siret: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "seller", fields: ["id", "name", "members.id", "commune.id"], filters: { siret: input.siret } })
  const seller = data.find((s) => !((s.members ?? []) as unknown[]).length && (s.commune as { id: string } | null)?.id)
  if (!seller) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Aucun établissement à reprendre avec ce SIRET : il n'est pas dans l'annuaire, ou quelqu'un le gère déjà (demandez une invitation à la commune)"
    )
  }
  return new StepResponse({ seller_id: seller.id as string, name: seller.name as string, commune_id: (seller.commune as { id: string }).id })
})
