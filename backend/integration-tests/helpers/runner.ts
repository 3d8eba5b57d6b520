import type { SearchTypes } from "@medusajs/framework/types"
import { WorkflowManager } from "@medusajs/framework/orchestration"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, type MedusaSuiteOptions } from "@medusajs/test-utils"
import path from "node:path"
import pg from "pg"
import { beforeAll, inject } from "vitest"
import { testDatabaseUrl } from "../setup/database"
import { OBJECT_STORAGE_ENVIRONMENT, TEST_ENVIRONMENT } from "../setup/environment"
import { openMailbox } from "./mailbox"
import { openObjectStorage } from "./object-storage"

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
 * The file's own database, copied from the template the global setup
 * migrated (backend/integration-tests/setup/global-setup.ts). Copies of one
 * template may run at once; PostgreSQL only refuses while someone is
 * connected to the template, which nobody is after the setup: retried anyway.
 */
export async function copyTemplate(dbName: string) {
  const template = inject("templateDatabase")
  const client = new pg.Client({ connectionString: testDatabaseUrl("postgres") })
  await client.connect()
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`create database "${dbName}" template "${template}"`)
        return
      } catch (error) {
        // 55006: object in use (the template is being read by another CREATE DATABASE).
        if ((error as { code?: string }).code !== "55006" || attempt === 10) {
          throw error
        }
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt))
      }
    }
  } finally {
    await client.end()
  }
}

/**
 * Boots the composed backend (built plugins included) for one test file, on
 * a copy of the migrated template, with the one test environment
 * (setup/environment.ts); the admin dashboard is not built in tests. With
 * `objectStorage`, its files go to a real S3-compatible server instead of the disk.
 */
export function backendIntegrationSuite(
  testSuite: (options: MedusaSuiteOptions) => void,
  { objectStorage = false }: { objectStorage?: boolean } = {}
) {
  const dbName = `enjoy_it_${process.env.VITEST_POOL_ID ?? 1}_${process.pid}`
  beforeAll(() => copyTemplate(dbName))
  // Before the backend boots and closed after it stops (hooks run in reverse): no e-mail finds the door shut.
  openMailbox()
  if (objectStorage) {
    openObjectStorage()
    // medusa-config.ts reads the environment when the backend boots, as vitest.integration-setup.ts explains:
    // set before then, in this file's own process (each file has one).
    Object.assign(process.env, OBJECT_STORAGE_ENVIRONMENT)
  }
  medusaIntegrationTestRunner({
    cwd: path.resolve(__dirname, "../.."),
    dbName,
    env: { ADMIN_DISABLED: "true", ...TEST_ENVIRONMENT },
    testSuite: (options) => {
      // Scheduled jobs stay off: a test runs a job when it means to (helpers/jobs.ts). A cron firing on the
      // wall clock (every 5 or 10 minutes) in the middle of a test writes rows no request made, which the
      // fuzz test's "writes nothing" rightly sees; an area boots once and runs long enough to meet one.
      beforeAll(() => WorkflowManager.scheduler.clear())
      beforeAll(() => searchIndexesReady(options))
      testSuite(options)
    },
  })
}
