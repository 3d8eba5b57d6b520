import { Modules, toHandle } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assignFreeHandles, handleCandidates } from "@enjoy/kernel"

/** Numbered handles looked up per name in a first pass (four times more for names whose all are taken). */
const WINDOW = 20
/** Names looked up per query, to keep each `IN` list small. */
const NAMES_PER_QUERY = 200

/**
 * The handles of a batch of new products, in the batch's order: the one asked for or the title's,
 * numbered past the platform's handles (deleted products' included: an old link never leads to
 * another product) and past the batch's own. Reads only; the unique index guards a simultaneous creation.
 */
export const freeProductHandlesStep = createStep(
  "free-product-handles",
  async (input: { products: { title: string; handle?: string }[] }, { container }) => {
    const bases = input.products.map((p) => toHandle(p.handle?.trim() || p.title))
    const wanted = new Map<string, number>()
    bases.forEach((base) => wanted.set(base, (wanted.get(base) ?? 0) + 1))
    const products = container.resolve(Modules.PRODUCT)
    const taken = new Set<string>()
    let pending = [...wanted.keys()]
    for (let window = WINDOW; pending.length; window *= 4) {
      const candidatesOf = (base: string) => handleCandidates(base, window + wanted.get(base)!)
      for (let i = 0; i < pending.length; i += NAMES_PER_QUERY) {
        const handles = pending.slice(i, i + NAMES_PER_QUERY).flatMap(candidatesOf)
        const found = await products.listProducts({ handle: handles }, { select: ["handle"], withDeleted: true })
        found.forEach((p) => taken.add(p.handle))
      }
      // A name is settled when its window holds enough free handles for all its products.
      pending = pending.filter((base) => {
        const candidates = candidatesOf(base)
        return candidates.filter((h) => taken.has(h)).length + wanted.get(base)! > candidates.length
      })
    }
    return new StepResponse(assignFreeHandles(bases, taken))
  }
)
