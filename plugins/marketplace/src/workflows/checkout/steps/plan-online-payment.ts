import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type CheckoutCart, onlineTotal, planCheckout } from "../../../lib/checkout-plan"

/** What the shopper pays online for this cart: only the establishments that sell online. */
export const planOnlinePaymentStep = createStep("plan-online-payment", async (input: { cart: CheckoutCart }) => {
  const plan = planCheckout(input.cart)
  if ("error" in plan) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, plan.error)
  }
  const amount = onlineTotal(plan.groups)
  if (amount <= 0) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Rien n'est à payer en ligne dans ce panier : les réservations se paient en boutique"
    )
  }
  return new StepResponse({ amount })
})
