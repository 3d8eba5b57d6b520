import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshDiscoveryLexiconWorkflow } from "@enjoy/deals/workflows"
import { SEED_DEALS, SEED_EVENTS, SEED_VISIT_INFO } from "../data/agenda"
import { SEED_ASSOCIATIONS } from "../data/associations"
import { SEED_COMMUNES } from "../data/communes"
import { SEED_ESTABLISHMENTS } from "../data/establishments"
import { MORE_ESTABLISHMENTS } from "../data/more-establishments"
import { seedAgenda } from "./steps/agenda"
import { seedAssociations } from "./steps/associations"
import { seedCommunes } from "./steps/communes"
import { seedEstablishments } from "./steps/establishments"
import { seedPeople } from "./steps/people"
import { seedStoreBasics } from "./steps/store-basics"

/**
 * Idempotent demo seed: every part looks for what it would create and skips it
 * when it is already there, so `npm run seed` can run on every demo start.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()

  const { publishableKey } = await seedStoreBasics(container)
  const communes = await seedCommunes(container, SEED_COMMUNES)
  const credentials = [
    ...(await seedPeople(container, communes)),
    ...(await seedEstablishments(container, communes, [...SEED_ESTABLISHMENTS, ...MORE_ESTABLISHMENTS])),
    ...(await seedAssociations(container, communes, SEED_ASSOCIATIONS)),
  ]
  await seedAgenda(container, { deals: SEED_DEALS, events: SEED_EVENTS, visitInfo: SEED_VISIT_INFO })

  // Typo correction knows the demo's words at once (the scheduled job keeps it in step afterwards).
  await refreshDiscoveryLexiconWorkflow(container).run({ input: { force: true } })

  // Hand the key to the storefront (and to the demo script) without copying it by hand.
  const dataDir = process.env.ENJOY_DATA_DIR ?? path.resolve(__dirname, "../../.data")
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(path.join(dataDir, "publishable-key"), publishableKey + "\n")

  logger.info(`Seed complete in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  logger.info(`Publishable API key: ${publishableKey}`)
  logger.info("Demo credentials (local demo only):")
  for (const line of credentials) {
    logger.info(`  ${line}`)
  }
}
