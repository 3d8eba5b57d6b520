import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TERRITORY_MODULE, type TerritoryModuleService } from "../../modules/territory"

/** Notes the first download of a tag's printable kit; later ones keep that date. */
export const markKitDownloadedStep = createStep(
  "mark-kit-downloaded",
  async (input: { tag_id: string }, { container }) => {
    const service = container.resolve<TerritoryModuleService>(TERRITORY_MODULE)
    const tag = await service.retrieveTerritoryTag(input.tag_id)
    if (tag.kit_downloaded_at) {
      return new StepResponse(tag.kit_downloaded_at, null)
    }
    const updated = await service.updateTerritoryTags({ id: tag.id, kit_downloaded_at: new Date() })
    return new StepResponse(updated.kit_downloaded_at, tag.id)
  },
  async (tagId, { container }) => {
    if (tagId) {
      await container.resolve<TerritoryModuleService>(TERRITORY_MODULE).updateTerritoryTags({ id: tagId, kit_downloaded_at: null })
    }
  }
)
