import type { MedusaContainer } from "@medusajs/framework/types"
import { refreshDiscoveryLexiconWorkflow } from "../workflows"

/** Every five minutes, the typo-correction lexicon catches up with what was indexed (a cheap check when nothing changed). */
export default async function refreshDiscoveryLexicon(container: MedusaContainer) {
  const { result } = await refreshDiscoveryLexiconWorkflow(container).run({ input: {} })
  return result
}

export const config = { name: "refresh-discovery-lexicon", schedule: "*/5 * * * *" }
