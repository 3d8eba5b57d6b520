import type { CommerceMode, SellerStatus } from "./seller-status"
import { cartRefusal } from "./commerce-mode"

/** The parts of a cart line the split reads (a query graph of the cart). */
export type CheckoutCartItem = {
  id: string
  variant_id?: string | null
  product_id?: string | null
  quantity: number
  unit_price: number
  total?: number | null
  is_tax_inclusive?: boolean | null
  requires_shipping?: boolean | null
  title: string
  subtitle?: string | null
  thumbnail?: string | null
  product_title?: string | null
  product_description?: string | null
  product_subtitle?: string | null
  product_type?: string | null
  product_type_id?: string | null
  product_collection?: string | null
  product_handle?: string | null
  variant_sku?: string | null
  variant_barcode?: string | null
  variant_title?: string | null
  variant_option_values?: Record<string, unknown> | null
  is_discountable?: boolean | null
  metadata?: Record<string, unknown> | null
  tax_lines?: Record<string, unknown>[] | null
  adjustments?: Record<string, unknown>[] | null
  product?: { seller?: CheckoutSeller | null } | null
}

export type CheckoutSeller = {
  id: string
  name: string
  email?: string | null
  commerce_mode: CommerceMode
  status: SellerStatus
  pickup_deadline_hours: number
}

export type CheckoutCart = {
  id: string
  email?: string | null
  completed_at?: Date | string | null
  items?: CheckoutCartItem[] | null
}

export type CheckoutGroup = {
  seller: CheckoutSeller
  /** reservation: paid at the counter; online: paid now, online. */
  mode: Exclude<CommerceMode, "showcase">
  items: CheckoutCartItem[]
  total: number
}

/**
 * Splits a cart into one group per establishment, in the order the shopper
 * added them, or says in French why it cannot be checked out.
 */
export function planCheckout(cart: CheckoutCart): { groups: CheckoutGroup[] } | { error: string } {
  if (cart.completed_at) {
    return { error: "Ce panier a déjà été validé" }
  }
  const items = cart.items ?? []
  if (!items.length) {
    return { error: "Le panier est vide" }
  }
  if (!cart.email?.trim()) {
    return { error: "Indiquez une adresse e-mail pour recevoir la confirmation" }
  }
  const groups = new Map<string, CheckoutGroup>()
  for (const item of items) {
    const seller = item.product?.seller
    if (!seller) {
      return { error: `« ${item.title} » n'est proposé par aucun établissement de la plateforme` }
    }
    const refusal = cartRefusal(seller)
    if (refusal || seller.commerce_mode === "showcase") {
      return { error: refusal ?? "" }
    }
    const group = groups.get(seller.id) ?? { seller, mode: seller.commerce_mode, items: [], total: 0 }
    group.items.push(item)
    group.total += item.total ?? item.unit_price * item.quantity
    groups.set(seller.id, group)
  }
  return { groups: [...groups.values()] }
}

/** What the shopper pays online now: the groups of establishments that sell online. */
export function onlineTotal(groups: CheckoutGroup[]): number {
  return groups.filter((g) => g.mode === "online").reduce((sum, g) => sum + g.total, 0)
}

/** An order line from a cart line: the cart already holds the product's snapshot. */
export function orderItemFromCartItem(item: CheckoutCartItem) {
  return {
    title: item.title,
    subtitle: item.subtitle ?? null,
    thumbnail: item.thumbnail ?? null,
    quantity: item.quantity,
    unit_price: item.unit_price,
    is_tax_inclusive: !!item.is_tax_inclusive,
    requires_shipping: item.requires_shipping ?? true,
    product_id: item.product_id ?? null,
    product_title: item.product_title ?? null,
    product_description: item.product_description ?? null,
    product_subtitle: item.product_subtitle ?? null,
    product_type: item.product_type ?? null,
    product_type_id: item.product_type_id ?? null,
    product_collection: item.product_collection ?? null,
    product_handle: item.product_handle ?? null,
    variant_id: item.variant_id ?? null,
    variant_sku: item.variant_sku ?? null,
    variant_barcode: item.variant_barcode ?? null,
    variant_title: item.variant_title ?? null,
    variant_option_values: item.variant_option_values ?? null,
    is_discountable: item.is_discountable ?? true,
    metadata: { ...(item.metadata ?? {}), cart_line_item_id: item.id },
    tax_lines: (item.tax_lines ?? []).map(({ description, tax_rate_id, code, rate, provider_id }) => ({
      description,
      tax_rate_id,
      code,
      rate,
      provider_id,
    })),
    adjustments: (item.adjustments ?? []).map(({ code, amount, description, promotion_id, provider_id }) => ({
      code,
      amount,
      description,
      promotion_id,
      provider_id,
    })),
  }
}
