import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { missingForMode, type OnlinePayment } from "../../../lib/commerce-mode"
import type { CommerceMode } from "../../../lib/seller-status"
import { marketplaceOptions } from "../../../utils/plugin-options"

export const validateCommerceModeStepId = "validate-commerce-mode"

/** The platform's online payment, from the marketplace plugin's options (set from the environment). */
export function onlinePaymentOf(config: { plugins?: unknown[] }): OnlinePayment {
  return marketplaceOptions(config).onlinePayment ?? "none"
}

/** Checks what moving to a commerce mode needs; the error lists everything missing. */
export const validateCommerceModeStep = createStep(
  validateCommerceModeStepId,
  async (input: { seller_id: string; commerce_mode: CommerceMode }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [seller],
    } = await query.graph({
      entity: "seller",
      fields: ["products.status", "products.variants.prices.amount", "products.variants.prices.currency_code"],
      filters: { id: input.seller_id },
    })
    type Product = { status: string; variants?: { prices?: { amount: number; currency_code: string }[] }[] }
    const priced = ((seller?.products ?? []) as Product[]).filter(
      (p) =>
        p.status === "published" &&
        (p.variants ?? []).some((v) => (v.prices ?? []).some((pr) => pr.currency_code === "eur" && pr.amount > 0))
    )
    const online_payment = onlinePaymentOf(container.resolve(ContainerRegistrationKeys.CONFIG_MODULE))
    const missing = missingForMode(input.commerce_mode, { priced_products: priced.length, online_payment })
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Ce mode de vente demande encore : ${missing.join(" ; ")}`
      )
    }
    return new StepResponse({ online_payment })
  }
)
