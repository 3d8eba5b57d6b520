import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type CheckoutCart, type CheckoutGroup, onlineTotal, planCheckout } from "../../../lib/checkout-plan"

export type CheckoutPaymentCollection = {
  id: string
  amount: number
  payment_sessions?: { id: string; status: string; provider_id: string }[] | null
} | null

export type ValidatedCheckout = {
  groups: CheckoutGroup[]
  online_total: number
  /** The session paid online, when some establishment sells online. */
  payment_session_id: string | null
}

/**
 * Splits the cart by establishment and checks it can be checked out: open
 * establishments that take orders, an e-mail, and — when some sell online —
 * a payment session for exactly what is paid online.
 */
export const validateCheckoutStep = createStep(
  "validate-checkout",
  async (input: { cart: CheckoutCart & { payment_collection?: CheckoutPaymentCollection } }) => {
    const plan = planCheckout(input.cart)
    if ("error" in plan) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, plan.error)
    }
    const online = onlineTotal(plan.groups)
    if (online <= 0) {
      return new StepResponse<ValidatedCheckout>({ groups: plan.groups, online_total: 0, payment_session_id: null })
    }
    const collection = input.cart.payment_collection
    const session = (collection?.payment_sessions ?? []).find((s) => s.status !== "canceled" && s.status !== "error")
    if (!collection || !session) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Choisissez un moyen de paiement pour les articles payés en ligne (POST /store/carts/:id/online-payment)"
      )
    }
    if (Number(collection.amount) !== online) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Le montant à payer en ligne a changé (${online} €) : préparez à nouveau le paiement`
      )
    }
    return new StepResponse<ValidatedCheckout>({ groups: plan.groups, online_total: online, payment_session_id: session.id })
  }
)
