import { medusaIntegrationTestRunner, type MedusaSuiteOptions } from "@medusajs/test-utils"
import path from "node:path"

/**
 * Boots the composed backend (built plugins included) on a fresh PostgreSQL
 * database for one test file; the admin dashboard is not built in tests.
 */
export function backendIntegrationSuite(testSuite: (options: MedusaSuiteOptions) => void) {
  medusaIntegrationTestRunner({
    cwd: path.resolve(__dirname, "../.."),
    env: { ADMIN_DISABLED: "true" },
    testSuite,
  })
}
