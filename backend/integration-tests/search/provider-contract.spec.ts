import type { SearchTypes } from "@medusajs/framework/types"
import { knex as connect } from "@medusajs/framework/mikro-orm/knex"
import postgresProvider from "@medusajs/medusa/search-postgres"
import { MeilisearchSearchService } from "@enjoy/search-meilisearch/providers/meilisearch"
import pg from "pg"
import { afterAll, beforeAll, describe } from "vitest"
import { copyTemplate } from "../helpers/runner"
import { testDatabaseUrl } from "../setup/database"
import { searchProviderContract } from "./provider-contract"

type Knex = { raw: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }>; transaction: <T>(run: (trx: Knex) => Promise<T>) => Promise<T> }

/** The PostgreSQL provider takes a MikroORM-like manager; the application's knex connection does the same job. */
const managerOver = (knex: Knex) => ({
  execute: async (sql: string, params: unknown[] = []) => (await knex.raw(sql, params)).rows,
  transactional: <T>(run: (manager: unknown) => Promise<T>) => knex.transaction((trx) => run(managerOver(trx))),
})

const logger = { info() {}, warn() {}, error() {}, debug() {} }
const PostgresSearchService = (postgresProvider as unknown as { services: (new (deps: unknown, options: unknown) => SearchTypes.ISearchProvider)[] }).services[0]

/*
 * The providers need no application: the PostgreSQL one runs on a plain
 * connection to its own copy of the migrated template (French text search
 * configuration and unaccent included), the Meilisearch one on its server.
 */
const dbName = `enjoy_it_search_${process.pid}`
let knex: Knex & { destroy: () => Promise<void> }

beforeAll(async () => {
  await copyTemplate(dbName)
  knex = connect({ client: "pg", connection: testDatabaseUrl(dbName) }) as unknown as typeof knex
})

afterAll(async () => {
  await knex?.destroy()
  const client = new pg.Client({ connectionString: testDatabaseUrl("postgres") })
  await client.connect()
  await client.query(`drop database if exists "${dbName}" with (force)`).finally(() => client.end())
})

describe("PostgreSQL provider (real database, French configuration)", () => {
  searchProviderContract(() => new PostgresSearchService({ manager: managerOver(knex), logger }, { language: "french" }))
})

const host = process.env.MEILISEARCH_HOST
if (!host) {
  console.warn("Meilisearch provider contract SKIPPED: set MEILISEARCH_HOST (and MEILISEARCH_API_KEY) to run it against a real server.")
}
describe.skipIf(!host)("Meilisearch provider (real server at MEILISEARCH_HOST)", () => {
  searchProviderContract(
    () => new MeilisearchSearchService({ logger } as never, { host: host as string, apiKey: process.env.MEILISEARCH_API_KEY })
  )
})
