import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createPaymentCollectionsStep,
  createPaymentSessionsWorkflow,
  createRemoteLinkStep,
  releaseLockStep,
  updatePaymentCollectionStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { planOnlinePaymentStep } from "../steps"

export const prepareOnlinePaymentWorkflowId = "prepare-online-payment"

const CART_FIELDS = [
  "id",
  "email",
  "currency_code",
  "completed_at",
  "customer_id",
  "items.*",
  "items.total",
  "items.product.seller.id",
  "items.product.seller.name",
  "items.product.seller.commerce_mode",
  "items.product.seller.status",
  "items.product.seller.pickup_deadline_hours",
  "payment_collection.id",
]

/**
 * Prepares the payment of the online part of a cart: the cart's payment
 * collection is set to what the online establishments are owed (reservations
 * are paid in store) and a session is opened with the chosen provider.
 */
export const prepareOnlinePaymentWorkflow = createWorkflow(
  prepareOnlinePaymentWorkflowId,
  (input: { cart_id: string; provider_id: string }) => {
    acquireLockStep({ key: input.cart_id, timeout: 30, ttl: 120 })
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: CART_FIELDS,
      filters: { id: input.cart_id },
      options: { throwIfKeyNotFound: true },
    })
    const cart = transform({ carts }, ({ carts }) => carts[0])
    const { amount } = planOnlinePaymentStep({ cart })

    const createdId = when("no-payment-collection", { cart }, ({ cart }) => !cart.payment_collection?.id).then(() => {
      const collections = createPaymentCollectionsStep(
        transform({ cart, amount }, ({ cart, amount }) => [{ currency_code: cart.currency_code, amount }])
      )
      createRemoteLinkStep(
        transform({ cart, collections }, ({ cart, collections }): LinkDefinition[] => [
          { [Modules.CART]: { cart_id: cart.id }, [Modules.PAYMENT]: { payment_collection_id: collections[0].id } },
        ])
      )
      return transform({ collections }, ({ collections }) => collections[0].id)
    })
    when("existing-payment-collection", { cart }, ({ cart }) => !!cart.payment_collection?.id).then(() => {
      updatePaymentCollectionStep({
        selector: { id: transform({ cart }, ({ cart }) => cart.payment_collection!.id) },
        update: { amount },
      })
    })

    const paymentCollectionId = transform({ cart, createdId }, ({ cart, createdId }) => (cart.payment_collection?.id ?? createdId) as string)
    const session = createPaymentSessionsWorkflow.runAsStep({
      input: transform({ paymentCollectionId, input, cart }, ({ paymentCollectionId, input, cart }) => ({
        payment_collection_id: paymentCollectionId,
        provider_id: input.provider_id,
        customer_id: cart.customer_id ?? undefined,
      })),
    })
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse({ payment_collection_id: paymentCollectionId, amount, session })
  }
)
