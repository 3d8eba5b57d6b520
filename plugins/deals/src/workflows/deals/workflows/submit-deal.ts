import { proposeChangeWorkflow } from "@enjoy/association/workflows"
import { validateMerchantSellerStep } from "@enjoy/marketplace/workflows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPromotionsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { promotionFor } from "../../../lib/promotion"
import { ensureDraftStep, updateDealStep } from "../steps"

export const submitDealWorkflowId = "submit-deal"

/**
 * A merchant submits a draft bon plan. It is moderated like the rest of what
 * the establishment publishes: held as pending under a `pre` association,
 * published at once (and reviewable) otherwise.
 */
export const submitDealWorkflow = createWorkflow(
  submitDealWorkflowId,
  (input: { merchant_id: string; seller_id: string; deal_id: string }) => {
    validateMerchantSellerStep(input)
    const { data: deals } = useQueryGraphStep({
      entity: "deal",
      fields: ["id", "status", "title", "kind", "value", "starts_on", "ends_on", "conditions", "promotion_code"],
      filters: { id: input.deal_id, seller_id: input.seller_id },
    }).config({ name: "submitted-deal" })
    const { data: sellers } = useQueryGraphStep({
      entity: "seller",
      fields: ["commerce_mode", "products.id"],
      filters: { id: input.seller_id },
    }).config({ name: "deal-seller-products" })
    const deal = transform({ deals }, ({ deals }) => deals[0])
    ensureDraftStep({ deal: deal })
    const { hold } = proposeChangeWorkflow.runAsStep({
      input: transform({ input, deal }, ({ input, deal }) => ({
        subject: "deal" as const,
        subject_id: input.deal_id,
        seller_id: input.seller_id,
        proposed: { ...deal, status: "published" },
        previous: { status: "draft" },
        submitted_by: input.merchant_id,
      })),
    })
    const updated = updateDealStep(
      transform({ input, hold }, ({ input, hold }) => ({
        id: input.deal_id,
        seller_id: input.seller_id,
        update: { status: hold ? ("pending" as const) : ("published" as const) },
      }))
    )
    // Online establishments: the code also works in the cart, on their products, while the deal is published.
    const promotion = transform({ deal, sellers, hold }, ({ deal, sellers, hold }) =>
      sellers[0]?.commerce_mode === "online"
        ? promotionFor(deal, ((sellers[0].products ?? []) as { id: string }[]).map((p) => p.id), !hold)
        : null
    )
    when("backed-by-a-promotion", { promotion }, ({ promotion }) => !!promotion).then(() => {
      createPromotionsWorkflow.runAsStep({
        input: transform({ promotion }, ({ promotion }) => ({ promotionsData: [promotion!] })),
      })
    })
    return new WorkflowResponse(updated)
  }
)
