/**
 * The Medusa promotion behind a bon plan of an establishment selling online:
 * its code, applied in the cart, takes the percentage or the amount off that
 * establishment's products only. Other kinds (gifts, bundles, information)
 * are honoured at the counter and have none.
 */
export function promotionFor(
  deal: { promotion_code?: string | null; kind: string; value?: number | null },
  productIds: string[],
  active: boolean
) {
  if (!deal.promotion_code || !deal.value || !productIds.length || (deal.kind !== "percent" && deal.kind !== "amount")) {
    return null
  }
  const percent = deal.kind === "percent"
  return {
    code: deal.promotion_code.toUpperCase(),
    type: "standard" as const,
    status: active ? ("active" as const) : ("draft" as const),
    is_automatic: false,
    application_method: {
      type: percent ? ("percentage" as const) : ("fixed" as const),
      value: deal.value,
      target_type: "items" as const,
      // Across the establishment's items in the cart (a per-item allocation would need a max quantity).
      allocation: "across" as const,
      ...(percent ? {} : { currency_code: "eur" }),
      target_rules: [{ attribute: "items.product.id", operator: "in" as const, values: productIds }],
    },
  }
}

/** Whether the promotion should be usable, from the deal's status. */
export const promotionStatusFor = (dealStatus: string) => (dealStatus === "published" ? "active" : "inactive")
