import type { SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import postgresProvider from "@medusajs/medusa/search-postgres"
import { MeilisearchSearchService } from "@enjoy/search-meilisearch/providers/meilisearch"
import { describe } from "vitest"
import { backendIntegrationSuite } from "../helpers/runner"
import { searchProviderContract } from "./provider-contract"

type Knex = { raw: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }>; transaction: <T>(run: (trx: Knex) => Promise<T>) => Promise<T> }

/** The PostgreSQL provider takes a MikroORM-like manager; the application's knex connection does the same job. */
const managerOver = (knex: Knex) => ({
  execute: async (sql: string, params: unknown[] = []) => (await knex.raw(sql, params)).rows,
  transactional: <T>(run: (manager: unknown) => Promise<T>) => knex.transaction((trx) => run(managerOver(trx))),
})

const logger = { info() {}, warn() {}, error() {}, debug() {} }
const PostgresSearchService = (postgresProvider as unknown as { services: (new (deps: unknown, options: unknown) => SearchTypes.ISearchProvider)[] }).services[0]

backendIntegrationSuite(({ getContainer }) => {
  describe("PostgreSQL provider (real database, French configuration)", () => {
    searchProviderContract(() => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex
      return new PostgresSearchService({ manager: managerOver(knex), logger }, { language: "french" })
    })
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
})
