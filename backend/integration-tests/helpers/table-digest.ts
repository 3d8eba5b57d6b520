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

/**
 * The digests once the setup's background work has finished: e-mails a setup triggered are sent by
 * subscribers after the request that caused them, and their rows change once more when the SMTP server
 * answers. Read until two readings `quietMs` apart agree, so that a later change is the test's own doing.
 */
export async function settledTableDigests(
  container: MedusaContainer,
  ignore: string[] = [],
  { quietMs = 1_000, timeoutMs = 30_000 } = {}
): Promise<Record<string, string>> {
  const deadline = Date.now() + timeoutMs
  let previous = await tableDigests(container, ignore)
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, quietMs))
    const current = await tableDigests(container, ignore)
    const moved = Object.keys(current).filter((table) => current[table] !== previous[table])
    if (!moved.length) return current
    if (Date.now() > deadline) throw new Error(`Tables still changing after ${timeoutMs} ms: ${moved.join(", ")}`)
    previous = current
  }
}
