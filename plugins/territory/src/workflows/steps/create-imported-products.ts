import { createSellerProductWorkflow } from "@enjoy/marketplace/workflows"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProductPlan } from "../../lib/product-csv"

type Run = Awaited<ReturnType<ReturnType<typeof createSellerProductWorkflow>["run"]>>

/**
 * Creates the planned products through the marketplace's own workflow (typed
 * in by the commune: published at once, as an association's assisted entry
 * is). All or nothing: a failure compensates the products already created.
 */
export const createImportedProductsStep = createStep(
  "create-imported-products",
  async (input: { agent_id: string; creates: ProductPlan["creates"] }, { container }) => {
    const created: { product_id: string; transaction: Run["transaction"] }[] = []
    try {
      for (const { seller_id, line: _line, ...product } of input.creates) {
        const { result, transaction } = await createSellerProductWorkflow(container).run({
          input: { assisted_by: input.agent_id, seller_id, product },
        })
        created.push({ product_id: result.id, transaction })
      }
    } catch (error) {
      for (const { transaction } of created.reverse()) {
        await createSellerProductWorkflow(container).cancel({ transaction })
      }
      throw error
    }
    return new StepResponse(
      created.map((c) => c.product_id),
      created.map((c) => c.transaction.transactionId)
    )
  },
  async (transactionIds, { container }) => {
    for (const transactionId of [...(transactionIds ?? [])].reverse()) {
      await createSellerProductWorkflow(container).cancel({ transactionId })
    }
  }
)
