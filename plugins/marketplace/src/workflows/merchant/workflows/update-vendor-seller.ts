import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { isHeld, previousValuesOf, type ChangeProposal, type ReviewVerdict } from "../../../lib/review"
import { validateSellerDataStep } from "../../seller/steps"
import { updateSellerWorkflow } from "../../seller/workflows/update-seller"
import type { UpdateSellerInput } from "../../seller/types"
import { validateMerchantSellerStep } from "../steps"

export const updateVendorSellerWorkflowId = "update-vendor-seller"

/**
 * A merchant edits the vitrine of an establishment it runs (and of no other).
 * The change is checked, then offered for review (`changeProposed` hook): a
 * reviewer may hold it as a draft, in which case the public vitrine stays as
 * it was until the change is approved.
 */
export const updateVendorSellerWorkflow = createWorkflow(
  updateVendorSellerWorkflowId,
  (input: { merchant_id: string; seller_id: string; update: UpdateSellerInput }) => {
    validateMerchantSellerStep(input)
    const { data: sellers } = useQueryGraphStep({
      entity: "seller",
      fields: ["*", "commune.id"],
      filters: { id: input.seller_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "read-vendor-seller" })
    validateSellerDataStep(
      transform({ sellers, input }, ({ sellers, input }) => ({
        commune_id: sellers[0].commune.id as string,
        profile: { latitude: sellers[0].latitude, longitude: sellers[0].longitude, ...input.update },
      }))
    )
    const review = createHook(
      "changeProposed",
      transform({ sellers, input }, ({ sellers, input }): ChangeProposal => ({
        subject: "seller_profile",
        seller_id: input.seller_id,
        subject_id: input.seller_id,
        proposed: input.update as Record<string, unknown>,
        previous: previousValuesOf(sellers[0] as Record<string, unknown>, input.update as Record<string, unknown>),
        submitted_by: input.merchant_id,
      }))
    )
    const verdict = review.getResult()
    const held = transform({ verdict }, ({ verdict }) => isHeld(verdict as ReviewVerdict | undefined))
    when("published-at-once", { held }, ({ held }) => !held).then(() => {
      updateSellerWorkflow.runAsStep({ input: { id: input.seller_id, update: input.update } })
    })
    return new WorkflowResponse({ held }, { hooks: [review] })
  }
)
