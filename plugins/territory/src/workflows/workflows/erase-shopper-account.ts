import { anonymizeShopperOrdersStep } from "@enjoy/marketplace/workflows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { eraseShopperClaimsStep } from "@enjoy/deals/workflows"

export const eraseShopperAccountWorkflowId = "erase-shopper-account"

/**
 * "Supprimer mon compte" (RGPD right to erasure): bons plans withdrawn or
 * anonymized, checkouts and orders kept for the merchants without the
 * shopper's identity, then Medusa removes the customer and its login. Each
 * step undoes itself if a later one fails: no half-erased account.
 */
export const eraseShopperAccountWorkflow = createWorkflow(eraseShopperAccountWorkflowId, (input: { customer_id: string }) => {
  const claims = eraseShopperClaimsStep(input)
  const orders = anonymizeShopperOrdersStep(input)
  removeCustomerAccountWorkflow.runAsStep({ input: { customerId: input.customer_id } })
  return new WorkflowResponse({ claims, orders })
})
