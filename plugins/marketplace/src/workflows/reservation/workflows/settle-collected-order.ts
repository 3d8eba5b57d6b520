import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createOrderFulfillmentWorkflow,
  createOrderPaymentCollectionWorkflow,
  markPaymentCollectionAsPaid,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"

export const settleCollectedOrderWorkflowId = "settle-collected-order"

/**
 * A reservation collected at the counter: its items leave the shelf (a
 * fulfillment from the establishment's location turns the reservation into a
 * stock movement) and it is recorded as paid in store (system provider).
 */
export const settleCollectedOrderWorkflow = createWorkflow(
  settleCollectedOrderWorkflowId,
  (input: { order_id: string; collected_by?: string }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      // "items.*": an order line's quantity lives on its detail and only comes with the full line.
      fields: ["id", "total", "items.*"],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "collected-order" })

    createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ orders, input }, ({ orders, input }) => ({
        order_id: orders[0].id,
        created_by: input.collected_by,
        items: ((orders[0].items ?? []) as { id: string; quantity: BigNumberInput }[]).map((item) => ({
          id: item.id,
          quantity: MathBN.convert(item.quantity).toNumber(),
        })),
      })),
    })
    const collections = createOrderPaymentCollectionWorkflow.runAsStep({
      input: transform({ orders }, ({ orders }) => ({ order_id: orders[0].id, amount: MathBN.convert(orders[0].total).toNumber() })),
    })
    markPaymentCollectionAsPaid.runAsStep({
      input: transform({ collections, input }, ({ collections, input }) => ({
        order_id: input.order_id,
        payment_collection_id: collections[0].id,
        captured_by: input.collected_by,
      })),
    })
    return new WorkflowResponse({ order_id: input.order_id })
  }
)
