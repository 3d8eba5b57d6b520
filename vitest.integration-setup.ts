/**
 * Lets Medusa's test runners load TypeScript sources (medusa-config.ts, the
 * plugins' modules) inside vitest's forks, as the Medusa CLI does.
 */
import { MetadataStorage } from "@medusajs/framework/mikro-orm/core"
import { loadEnv } from "@medusajs/framework/utils"
import { register } from "ts-node"
import { TEST_ENVIRONMENT } from "./backend/integration-tests/setup/environment"

loadEnv("test", process.cwd())
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.ADMIN_DISABLED = "true"
// "localhost", not 127.0.0.1: the test runner turns SSL on for any other host.
process.env.DB_HOST ??= "localhost"
process.env.DB_USERNAME ??= "postgres"
process.env.DB_PASSWORD ??= ""
process.env.LOG_LEVEL ??= "error"
// medusa-config.ts reads the environment when a file boots the backend: the one test environment, set first.
Object.assign(process.env, TEST_ENVIRONMENT)

register({ transpileOnly: true, swc: true, project: "backend/tsconfig.json" })
// eslint-disable-next-line @typescript-eslint/no-require-imports
require("tsconfig-paths").register()

MetadataStorage.clear()
