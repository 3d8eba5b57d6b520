import { medusaIntegrationTestRunner, type MedusaSuiteOptions } from "@medusajs/test-utils"
import path from "node:path"
import { afterAll } from "vitest"

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
    testSuite,
  })
}
