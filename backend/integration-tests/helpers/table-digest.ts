import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** A digest of every row of every table of the public schema, by table: equal digests, nothing written. */
export async function tableDigests(container: MedusaContainer, ignore: string[] = []): Promise<Record<string, string>> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows: tables } = await pg.raw(
    `select tablename from pg_tables where schemaname = current_schema() and not (tablename = any(?)) order by tablename`,
    [ignore]
  )
  const digests: Record<string, string> = {}
  for (const { tablename } of tables as { tablename: string }[]) {
    const { rows } = await pg.raw(
      `select count(*)::int as n, coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '') as digest from ?? t`,
      [tablename]
    )
    digests[tablename] = `${rows[0].n}:${rows[0].digest}`
  }
  return digests
}
