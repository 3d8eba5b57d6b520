import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { cartRefusal, type ItemSeller } from "../../lib/commerce-mode"

/**
 * Commerce modes are enforced on the server, whatever the client: a product of
 * a showcase establishment, or of one that is not open, never enters a cart.
 * Products no establishment owns (created by the operator) are left alone.
 */
async function assertSellable(container: MedusaContainer, variantIds: string[]) {
  const sellers = new Map<string, ItemSeller>()
  if (!variantIds.length) {
    return sellers
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.seller.id", "product.seller.name", "product.seller.commerce_mode", "product.seller.status"],
    filters: { id: variantIds },
  })
  for (const variant of variants) {
    const seller = variant.product?.seller as (ItemSeller & { id: string }) | undefined
    const refusal = seller ? cartRefusal(seller) : null
    if (refusal) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    }
    if (seller) {
      sellers.set(seller.id, seller)
    }
  }
  return sellers
}

const variantIdsOf = (items?: { variant_id?: string | null }[] | null) =>
  (items ?? []).map((item) => item.variant_id).filter((id): id is string => !!id)

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertSellable(container, variantIdsOf(input.items))
})

createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertSellable(container, variantIdsOf(input.items))
})

// An establishment suspended after the item was added: no more units, and no order.
updateLineItemInCartWorkflow.hooks.validate(async ({ cart, input }, { container }) => {
  const item = (cart.items ?? []).find((i: { id: string }) => i.id === input.item_id)
  await assertSellable(container, variantIdsOf(item ? [item] : []))
})

/**
 * Every cart holding an establishment's product completes through POST /store/carts/:id/checkout, which
 * splits it per establishment, takes payment for the online part and reserves stock under its lock.
 * Medusa's own completion (its /complete route, or its payment webhook) is refused before it writes
 * anything: two paths racing for the same cart could otherwise leave an order that no establishment sees.
 * Carts of the operator's own products (no establishment) keep Medusa's completion.
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const sellers = await assertSellable(container, variantIdsOf(cart.items))
  if (sellers.size) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Ce panier contient des produits d'établissements : validez-le avec POST /store/carts/:id/checkout"
    )
  }
})
