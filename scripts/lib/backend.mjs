import { randomBytes } from "node:crypto"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { recreateDatabase } from "./database.mjs"
import { ROOT } from "./output.mjs"
import { serve, waitForHttp } from "./processes.mjs"
import { migrateAndSeed } from "./seed.mjs"

/**
 * Starts Medusa as in production (`medusa start`, no admin) on a given database and port,
 * with throwaway secrets since production refuses to start without them.
 */
export function serveBackend(name, { databaseUrl, port, env = {} }) {
  return serve(name, "npx", ["medusa", "start"], {
    cwd: path.join(ROOT, "backend"),
    env: {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      ADMIN_DISABLED: "true",
      JWT_SECRET: randomBytes(16).toString("hex"),
      COOKIE_SECRET: randomBytes(16).toString("hex"),
      LOG_LEVEL: "warn",
      ...env,
    },
  })
}

/**
 * A benchmark's stack: a fresh database of its own, migrated and seeded with the demo, and a Medusa
 * server on it. Returns the database URL, the store's publishable key and the server's URL.
 */
export async function seededBenchBackend(name, { databaseUrl, port }) {
  process.env.ENJOY_DATA_DIR = mkdtempSync(path.join(tmpdir(), "enjoy-bench-"))
  const url = `http://localhost:${port}`
  await recreateDatabase(databaseUrl)
  // Uploaded photos are addressed by the backend's URL: this one's, not the demo's.
  await migrateAndSeed(databaseUrl, { BACKEND_URL: url })
  const key = readFileSync(path.join(process.env.ENJOY_DATA_DIR, "publishable-key"), "utf8").trim()
  serveBackend(name, { databaseUrl, port, env: { BACKEND_URL: url } })
  await waitForHttp(`${url}/health`)
  return { key, url }
}
