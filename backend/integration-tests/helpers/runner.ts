import type { SearchTypes } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, type MedusaSuiteOptions } from "@medusajs/test-utils"
import path from "node:path"
import { afterAll, beforeAll } from "vitest"

/**
 * The Search Module fills its indexes in the background once the application
 * has started. The runner snapshots the database before the first test and
 * restores it before each, so the snapshot must hold active, filled indexes.
 */
async function searchIndexesReady(options: MedusaSuiteOptions, timeoutMs = 60_000) {
  const search = options.getContainer().resolve<SearchTypes.ISearchModuleService>(Modules.SEARCH)
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const indexes = await search.listIndexes()
    if (indexes.every((index) => index.status === "ready")) {
      return
    }
    if (Date.now() > deadline) {
      throw new Error(`Search indexes not ready: ${indexes.map((i) => `${i.name}=${i.status}`).join(", ")}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/**
 * Boots the composed backend (built plugins included) on a fresh PostgreSQL
 * database for one test file; the admin dashboard is not built in tests.
 */
export function backendIntegrationSuite(
  testSuite: (options: MedusaSuiteOptions) => void,
  env: Record<string, string> = {}
) {
  // medusa-config.ts is read before the runner applies its env: set this file's variables first.
  const previous = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]))
  Object.assign(process.env, env)
  afterAll(() => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) {
        delete process.env[key]
      } else {
        process.env[key] = value
      }
    }
  })
  medusaIntegrationTestRunner({
    cwd: path.resolve(__dirname, "../.."),
    env: { ADMIN_DISABLED: "true", ...env },
    testSuite: (options) => {
      beforeAll(() => searchIndexesReady(options))
      testSuite(options)
    },
  })
}
