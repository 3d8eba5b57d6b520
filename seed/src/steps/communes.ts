import { createCommunesWorkflow } from "@enjoy/commune/workflows"
import { readableTextOn } from "@enjoy/kernel"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SeedCommune } from "../../data/communes"
import { emblemDataUri } from "../emblem"

export type SeededCommune = { id: string; name: string; slug: string }

/** Creates the communes that are missing, all in one workflow run (all or nothing). */
export async function seedCommunes(
  container: MedusaContainer,
  communes: SeedCommune[]
): Promise<SeededCommune[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing }: { data: SeededCommune[] } = await query.graph({
    entity: "commune",
    fields: ["id", "name", "slug"],
    filters: { slug: communes.map((c) => c.slug) },
  })
  const known = new Set(existing.map((c) => c.slug))
  const missing = communes.filter((c) => !known.has(c.slug))
  if (!missing.length) {
    return existing
  }
  const { result } = await createCommunesWorkflow(container).run({
    input: {
      communes: missing.map((c) => ({
        ...c,
        logo_url: emblemDataUri(c.name, c.primary_color, c.secondary_color, readableTextOn(c.primary_color)),
        convention_start: new Date(`${c.convention_start}T00:00:00Z`),
      })),
    },
  })
  return [...existing, ...result.map((c) => ({ id: c.id, name: c.name, slug: c.slug }))]
}
