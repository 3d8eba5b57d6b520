import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateTagCode } from "../../lib/tag-code"
import { TERRITORY_MODULE, type TerritoryModuleService } from "../../modules/territory"

export type TagTarget = { target_type: "seller" | "deal"; target_id: string; commune_id: string; seller_id: string }

/** Gives each target without a tag a fresh code; targets that already have one keep it. */
export const createTagsStep = createStep(
  "create-tags",
  async (targets: TagTarget[], { container }) => {
    const service = container.resolve<TerritoryModuleService>(TERRITORY_MODULE)
    const existing = targets.length ? await service.listTerritoryTags({ target_id: targets.map((t) => t.target_id) }, { take: null }) : []
    const tagged = new Set(existing.map((t) => t.target_id))
    const missing = targets.filter((t) => !tagged.has(t.target_id))
    if (!missing.length) {
      return new StepResponse(existing, [] as string[])
    }
    // Codes are random; one already in use (rare) is simply drawn again.
    const codes: string[] = []
    while (codes.length < missing.length) {
      const batch = [...new Set(Array.from({ length: missing.length - codes.length }, () => generateTagCode()))].filter((c) => !codes.includes(c))
      const inUse = new Set((await service.listTerritoryTags({ code: batch }, { take: null })).map((t) => t.code))
      codes.push(...batch.filter((c) => !inUse.has(c)))
    }
    const created = await service.createTerritoryTags(missing.map((t, i) => ({ ...t, code: codes[i] })))
    return new StepResponse([...existing, ...created], created.map((t) => t.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve<TerritoryModuleService>(TERRITORY_MODULE).deleteTerritoryTags(ids)
    }
  }
)
