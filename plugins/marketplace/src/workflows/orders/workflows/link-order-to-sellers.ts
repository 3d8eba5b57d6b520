import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { SELLER_MODULE } from "../../../modules/seller"

export const linkOrderToSellersWorkflowId = "link-order-to-sellers"

/** Ties a placed order (from Medusa's own cart completion) to the establishments whose products it holds, so each sees it in /vendor. */
export const linkOrderToSellersWorkflow = createWorkflow(
  linkOrderToSellersWorkflowId,
  (input: { order_id: string }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "metadata", "items.product.seller.id"],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    })
    const links = transform(orders, (list): LinkDefinition[] => {
      const order = list[0]
      // A marketplace checkout links its orders itself, in the same transaction.
      if (order.metadata?.order_group_id) {
        return []
      }
      const sellerIds = new Set(
        (order.items ?? [])
          .map((item: { product?: { seller?: { id: string } | null } | null } | null) => item?.product?.seller?.id)
          .filter((id: string | undefined): id is string => !!id)
      )
      return [...sellerIds].map((seller_id) => ({
        [SELLER_MODULE]: { seller_id },
        [Modules.ORDER]: { order_id: order.id },
      }))
    })
    createRemoteLinkStep(links)
    return new WorkflowResponse(links)
  }
)
