import type { Lookup } from "./lexicon"

/** The application's knex connection (ContainerRegistrationKeys.PG_CONNECTION), as far as we use it. */
export type Pg = {
  raw(sql: string, bindings?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>
  transaction<T>(run: (trx: Pg) => Promise<T>): Promise<T>
}

/** The PostgreSQL provider's document tables behind the active version of each index (none on Meilisearch). */
export async function activeIndexTables(pg: Pg): Promise<string[]> {
  const { rows } = await pg.raw(`
    select p.table_name from search_index i
      join search_index_version v on v.search_index_id = i.id and v.version = i.active_version and v.deleted_at is null
      join search_postgres_index p on p.name = v.physical_name
     where i.deleted_at is null`)
  return rows.map((row) => String(row.table_name)).filter((name) => /^search_pg_[a-z0-9_]+$/.test(name))
}

/** Whether a document changed since the lexicon was built (or it never was). */
export async function lexiconIsStale(pg: Pg, tables: string[]): Promise<boolean> {
  const { rows } = await pg.raw(`select built_at from discovery_lexicon_build where id = 1`)
  const builtAt = rows[0]?.built_at as Date | undefined
  if (!builtAt) {
    return true
  }
  for (const table of tables) {
    const { rows: changed } = await pg.raw(`select 1 from "${table}" where updated_at > ? limit 1`, [builtAt])
    if (changed.length) {
      return true
    }
  }
  return false
}

/**
 * Rebuilds the lexicon from the indexed texts in one transaction: readers see
 * the old words or the new ones, never an empty table.
 */
export async function rebuildLexicon(pg: Pg, tables: string[]): Promise<number> {
  return pg.transaction(async (trx) => {
    const startedAt = new Date()
    await trx.raw(`delete from discovery_lexicon`)
    if (tables.length) {
      const texts = tables.map((table) => `select regexp_split_to_table(lower(unaccent(search_text)), '[^a-z0-9]+') as w from "${table}"`)
      await trx.raw(`
        insert into discovery_lexicon (word)
        select distinct w from (${texts.join(" union all ")}) words
         where length(w) >= 3 and w !~ '^[0-9]+$'`)
    }
    const { rows } = await trx.raw(`select count(*)::int as n from discovery_lexicon`)
    const count = Number(rows[0].n)
    await trx.raw(
      `insert into discovery_lexicon_build (id, built_at, words) values (1, ?, ?)
       on conflict (id) do update set built_at = excluded.built_at, words = excluded.words`,
      [startedAt, count]
    )
    return count
  })
}

/** Closest known word by trigram similarity, found through the lexicon's trigram index. */
export function pgLookup(pg: Pg): Lookup {
  return {
    known: async (word) => (await pg.raw(`select 1 from discovery_lexicon where word = ?`, [word])).rows.length > 0,
    closest: async (word) => {
      const { rows } = await pg.raw(
        `select word from discovery_lexicon where word % ? and similarity(word, ?) >= 0.35
          order by similarity(word, ?) desc, abs(length(word) - length(?)), word limit 1`,
        [word, word, word, word]
      )
      return rows.length ? String(rows[0].word) : null
    },
  }
}

/** Whether there is a lexicon to correct against (PostgreSQL provider, built at least once). */
export async function hasLexicon(pg: Pg): Promise<boolean> {
  const { rows } = await pg.raw(`select words from discovery_lexicon_build where id = 1`)
  return Number(rows[0]?.words ?? 0) > 0
}
