import { Modules, toHandle } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { firstFreeHandle, handleCandidates } from "@enjoy/kernel"

/**
 * The handle a new product will have: the one asked for, or Medusa's handle
 * of its title, numbered when another establishment already uses it. Reads
 * only; the product's unique index still guards a simultaneous creation.
 */
export const freeProductHandleStep = createStep(
  "free-product-handle",
  async (input: { title: string; handle?: string }, { container }) => {
    const base = toHandle(input.handle?.trim() || input.title)
    const products = container.resolve(Modules.PRODUCT)
    // Deleted products keep their handle too: an old link never leads to another product.
    for (let window = 20; ; window *= 4) {
      const candidates = handleCandidates(base, window)
      const taken = await products.listProducts({ handle: candidates }, { select: ["handle"], withDeleted: true })
      if (taken.length < candidates.length) {
        return new StepResponse(firstFreeHandle(base, new Set(taken.map((p) => p.handle))))
      }
    }
  }
)
