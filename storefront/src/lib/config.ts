import "server-only"
import { readFileSync } from "node:fs"
import path from "node:path"
import { paymentSetup } from "./shop/payment"

/**
 * Server-side configuration. The publishable key comes from the environment
 * or, in the local demo, from the file the seed writes under .data/.
 */
function readSeededKey(): string | undefined {
  try {
    return readFileSync(path.resolve(process.cwd(), "../.data/publishable-key"), "utf8").trim()
  } catch {
    return undefined
  }
}

export function storefrontConfig() {
  const backendUrl = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY || readSeededKey()
  if (!publishableKey) {
    throw new Error(
      "MEDUSA_PUBLISHABLE_KEY is not set and no seeded key was found in .data/publishable-key: run `npm run seed`"
    )
  }
  return { backendUrl, publishableKey, payment: paymentSetup(process.env.STRIPE_PUBLISHABLE_KEY) }
}
