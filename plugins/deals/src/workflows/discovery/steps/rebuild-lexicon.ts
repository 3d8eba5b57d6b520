import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { activeIndexTables, lexiconIsStale, rebuildLexicon, type Pg } from "../../../lib/discover/pg-lexicon"

/**
 * Rebuilds the typo-correction lexicon when an indexed document changed since
 * the last build. Nothing to compensate: the lexicon is derived from the
 * indexes and replaced in one transaction, so a failure leaves the previous
 * words in place and the next run builds it again.
 */
export const rebuildLexiconStep = createStep("rebuild-discovery-lexicon", async (input: { force?: boolean }, { container }) => {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Pg
  const tables = await activeIndexTables(pg)
  if (!input.force && !(await lexiconIsStale(pg, tables))) {
    return new StepResponse({ rebuilt: false, words: null as number | null })
  }
  return new StepResponse({ rebuilt: true, words: await rebuildLexicon(pg, tables) })
})
