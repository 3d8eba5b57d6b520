import type { ExecArgs, SearchTypes } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { refreshDiscoveryLexiconWorkflow } from "@enjoy/deals/workflows"
import { communes, documentsOf, productShare, random } from "./scale/generate"

/**
 * `npm run seed:scale -- --communes 95 --establishments 20000 --products 200000`
 * (through `medusa exec`): a large synthetic territory written straight into
 * the discovery indexes through the Search Module, for benchmarks. The rows
 * behind real vitrines are not created; documents are those the real indexing
 * would make (same mapping), with ids prefixed `scale_` so a rerun replaces them.
 */
type Options = { communes: number; establishments: number; products: number; seed: number; batch: number }

/** Reads `communes=95 establishments=20000 …` (scripts/lib/scale.mjs turns the command's flags into these words). */
export function parseScaleArgs(args: string[]): Options {
  const options: Options = { communes: 95, establishments: 20_000, products: 200_000, seed: 2026, batch: 1000 }
  for (const word of args) {
    const [key, raw] = word.split("=") as [keyof Options, string | undefined]
    const value = Number(raw)
    if (!(key in options) || !/^\d+$/.test(raw ?? "") || !Number.isSafeInteger(value)) {
      throw new Error(`Option inconnue ou invalide : ${word} (attendu : communes=N establishments=N products=N [seed=N])`)
    }
    options[key] = value
  }
  if (options.communes < 1 || options.batch < 1) {
    throw new Error("Il faut au moins une commune et des lots d'au moins un document")
  }
  return options
}

export default async function seedScale({ container, args }: ExecArgs) {
  const logger = container.resolve("logger")
  const options = parseScaleArgs(args ?? [])
  const search = container.resolve<SearchTypes.ISearchModuleService>(Modules.SEARCH)
  const territory = communes(options.communes, random(options.seed))
  const rnd = random(options.seed + 1)
  const started = Date.now()
  let establishments: SearchTypes.SearchDocument[] = []
  const products: SearchTypes.SearchDocument[] = []
  const written = { establishments: 0, products: 0 }
  let owed = 0

  const flush = async (force = false) => {
    if (establishments.length >= options.batch || (force && establishments.length)) {
      await search.upsertDocuments({ index: "establishment", documents: establishments })
      written.establishments += establishments.length
      establishments = []
    }
    while (products.length >= options.batch || (force && products.length)) {
      const batch = products.splice(0, options.batch)
      await search.upsertDocuments({ index: "product", documents: batch })
      written.products += batch.length
    }
  }

  logger.info(`Territoire à l'échelle : ${options.communes} communes, ${options.establishments} établissements, ${options.products} produits …`)
  let lastReport = 0
  for (let n = 0; n < options.establishments; n++) {
    owed += productShare(options.establishments, options.products, n)
    const docs = documentsOf(n, owed, territory, rnd)
    owed -= docs.products.length
    establishments.push(docs.establishment)
    products.push(...docs.products)
    await flush()
    if (Date.now() - lastReport > 2000 || n === options.establishments - 1) {
      lastReport = Date.now()
      const seconds = (Date.now() - started) / 1000
      const rate = Math.round((written.establishments + written.products) / Math.max(seconds, 0.001))
      logger.info(
        `  ${Math.round(((n + 1) / options.establishments) * 100)} % — ${written.establishments} établissements, ${written.products} produits indexés (${rate} documents/s)`
      )
    }
  }
  await flush(true)
  logger.info("Mots connus pour corriger les fautes de frappe …")
  const { result } = await refreshDiscoveryLexiconWorkflow(container).run({ input: { force: true } })
  logger.info(`  ${result.words ?? 0} mots.`)
  logger.info(
    `Terminé en ${Math.round((Date.now() - started) / 1000)} s : ${written.establishments} établissements et ${written.products} produits dans les index de découverte.`
  )
}
