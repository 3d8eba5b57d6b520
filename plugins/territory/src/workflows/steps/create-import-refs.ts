import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TERRITORY_MODULE, type TerritoryModuleService } from "../../modules/territory"

/**
 * Remembers which establishment each imported line with a reference became,
 * so that a re-run of the same file creates no duplicates.
 */
export const createImportRefsStep = createStep(
  "create-import-refs",
  async (input: { refs: { commune_id: string; reference: string; seller_id: string }[] }, { container }) => {
    if (!input.refs.length) {
      return new StepResponse([], [])
    }
    const refs = await container.resolve<TerritoryModuleService>(TERRITORY_MODULE).createTerritoryImportRefs(input.refs)
    return new StepResponse(refs, refs.map((ref) => ref.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve<TerritoryModuleService>(TERRITORY_MODULE).deleteTerritoryImportRefs(ids)
    }
  }
)
