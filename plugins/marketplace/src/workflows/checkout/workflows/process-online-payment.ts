import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { checkoutMarketplaceCartWorkflow } from "./checkout-marketplace-cart"

export const processOnlinePaymentWorkflowId = "process-online-payment"

export type ProcessOnlinePaymentInput = { action: "authorized" | "captured"; session_id: string }

/**
 * What a payment provider's webhook tells us, applied once however often and
 * in whatever order it is delivered: the cart behind the session is checked
 * out if it is not yet (same group otherwise), and a captured payment is
 * recorded once. Deliveries for one session are serialized by a lock.
 */
export const processOnlinePaymentWorkflow = createWorkflow(
  processOnlinePaymentWorkflowId,
  (input: ProcessOnlinePaymentInput) => {
    const lockKey = transform({ input }, ({ input }) => `online-payment:${input.session_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

    const { data: sessions } = useQueryGraphStep({
      entity: "payment_session",
      fields: ["id", "payment_collection_id"],
      filters: { id: input.session_id },
    }).config({ name: "webhook-session" })
    const { data: carts } = useQueryGraphStep({
      entity: "cart_payment_collection",
      fields: ["cart_id"],
      filters: {
        payment_collection_id: transform({ sessions }, ({ sessions }) => sessions[0]?.payment_collection_id ?? "none"),
      },
    }).config({ name: "webhook-cart" })

    const group = when("session-of-a-cart", { carts }, ({ carts }) => !!carts.length).then(() =>
      checkoutMarketplaceCartWorkflow.runAsStep({
        input: transform({ carts }, ({ carts }) => ({ cart_id: carts[0].cart_id as string })),
      })
    )

    const { data: payments } = useQueryGraphStep({
      entity: "payment",
      fields: ["id", "captured_at", "captures.id"],
      filters: { payment_session_id: input.session_id },
    }).config({ name: "webhook-payment" })
    when("captured-not-recorded", { input, payments }, ({ input, payments }) => {
      const payment = payments[0]
      return input.action === "captured" && !!payment && !payment.captured_at && !payment.captures?.length
    }).then(() => {
      capturePaymentWorkflow.runAsStep({
        input: transform({ payments }, ({ payments }) => ({ payment_id: payments[0].id as string })),
      })
    })

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(
      transform({ group, carts }, ({ group, carts }) => ({ handled: !!carts.length, order_group_id: group?.id ?? null }))
    )
  }
)
