import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Meilisearch, Task } from "meilisearch" with { "resolution-mode": "import" }
import { toEngineDocument } from "../../lib/documents"
import { planFields } from "../../lib/field-plan"
import { toMeilisearchFilter } from "../../lib/filters"
import { planSearch, type EngineQuery, type EngineResult } from "../../lib/query"
import { meilisearchSettings } from "../../lib/settings"

export type MeilisearchProviderOptions = {
  host: string
  apiKey?: string
  /** Documents per write request. */
  batchSize?: number
  /** How long a write may wait for its Meilisearch task. */
  taskTimeoutMs?: number
}

type Dependencies = { logger: Logger }

/**
 * Meilisearch behind Medusa's Search Module. Writes go in batches, each
 * enqueued task is awaited so that a failure surfaces where it happened; reads
 * of one request (the main query and the range-facet counts, or all the queries
 * of a `searchMany`) travel in one multi-search round-trip.
 */
export class MeilisearchSearchService extends AbstractSearchProviderService {
  static override identifier = "meilisearch"

  protected readonly options_: MeilisearchProviderOptions
  protected client_!: Meilisearch
  protected readonly logger_: Logger
  protected readonly batchSize_: number
  protected readonly timeoutMs_: number

  constructor({ logger }: Dependencies, options: MeilisearchProviderOptions) {
    super()
    if (!options?.host) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "The Meilisearch provider needs a `host` (MEILISEARCH_HOST)")
    }
    this.options_ = options
    this.logger_ = logger
    this.batchSize_ = options.batchSize ?? 1000
    this.timeoutMs_ = options.taskTimeoutMs ?? 60_000
  }

  /** The official client is an ES module: loaded on first use. */
  protected async client(): Promise<Meilisearch> {
    if (!this.client_) {
      const { Meilisearch: Client } = await import("meilisearch")
      this.client_ = new Client({ host: this.options_.host, apiKey: this.options_.apiKey })
    }
    return this.client_
  }

  /** Waits for enqueued tasks; a failed one becomes a MedusaError with the engine's message. */
  protected async settle(index: string, enqueued: { taskUid: number }[]): Promise<SearchTypes.SearchTask> {
    let last: Task | undefined
    for (const { taskUid } of enqueued) {
      last = await (await this.client()).tasks.waitForTask(taskUid, { timeout: this.timeoutMs_ })
      if (last.status !== "succeeded") {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Meilisearch task ${taskUid} on "${index}" ${last.status}: ${last.error?.message ?? "no detail"}`
        )
      }
    }
    return { id: last ? String(last.uid) : undefined, index, status: "succeeded" }
  }

  override async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    const settings = meilisearchSettings(index)
    const client = await this.client()
    const exists = await client
      .getRawIndex(index.physical_name)
      .then(() => true)
      .catch((error: { cause?: { code?: string } }) => (error?.cause?.code === "index_not_found" ? false : Promise.reject(error)))
    const tasks = []
    if (!exists) {
      tasks.push(await client.createIndex(index.physical_name, { primaryKey: index.primary_key }))
    }
    tasks.push(await client.index(index.physical_name).updateSettings(settings))
    return this.settle(index.physical_name, tasks)
  }

  override async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    await (await this.client()).deleteIndexIfExists(index)
    return { index, status: "succeeded" }
  }

  override async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const stats = await (await this.client()).getStats()
    return Object.entries(stats.indexes).map(([name, index]) => ({
      name,
      provider: MeilisearchSearchService.identifier,
      document_count: index.numberOfDocuments,
    }))
  }

  override async upsertDocuments(input: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    const plan = planFields(input.definition.fields)
    const documents = input.documents.map((doc) => toEngineDocument(doc, plan))
    const target = (await this.client()).index(input.index)
    const tasks = []
    for (let start = 0; start < documents.length; start += this.batchSize_) {
      tasks.push(await target.addDocuments(documents.slice(start, start + this.batchSize_), { primaryKey: input.definition.primary_key }))
    }
    return this.settle(input.index, tasks)
  }

  override async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const target = (await this.client()).index(index)
    const keys = Object.keys(filters)
    const ids = keys.length === 1 && keys[0] === "id" ? ([] as unknown[]).concat(filters.id) : null
    const tasks = []
    if (ids && ids.every((id) => typeof id === "string")) {
      for (let start = 0; start < ids.length; start += this.batchSize_) {
        tasks.push(await target.deleteDocuments(ids.slice(start, start + this.batchSize_) as string[]))
      }
    } else {
      const filter = toMeilisearchFilter(filters)
      if (!filter) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "Refusing to delete documents without a filter; use clearIndex")
      }
      tasks.push(await target.deleteDocuments({ filter }))
    }
    return this.settle(index, tasks)
  }

  override async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    return this.settle(index, [await (await this.client()).index(index).deleteAllDocuments()])
  }

  override async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  override async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const planned = inputs.map(planSearch)
    const queries: EngineQuery[] = planned.flatMap((p) => p.queries)
    const { results } = (await (await this.client()).multiSearch({ queries })) as unknown as { results: EngineResult[] }
    let offset = 0
    return planned.map((p) => {
      const own = results.slice(offset, offset + p.queries.length)
      offset += p.queries.length
      return p.read(own)
    })
  }

  async waitForTask(task: SearchTypes.SearchTask, options?: { timeout_ms?: number }): Promise<SearchTypes.SearchTask> {
    if (!task.id) {
      return task
    }
    const done = await (await this.client()).tasks.waitForTask(Number(task.id), { timeout: options?.timeout_ms ?? this.timeoutMs_ })
    return { ...task, status: done.status === "succeeded" ? "succeeded" : "failed" }
  }
}
