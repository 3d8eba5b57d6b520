import path from "node:path"
import { log, ROOT } from "./output.mjs"
import { run } from "./processes.mjs"

/**
 * Migrates the database, then runs the idempotent seed through Medusa. Returns the credentials it printed.
 * `extraEnv` is for a backend elsewhere than :9000 (BACKEND_URL, which uploaded photos' addresses start with).
 */
export async function migrateAndSeed(databaseUrl, extraEnv = {}) {
  const backend = path.join(ROOT, "backend")
  const env = { DATABASE_URL: databaseUrl, MEDUSA_DISABLE_TELEMETRY: "true", ...extraEnv }
  log("Migration de la base …")
  await run("npx", ["medusa", "db:migrate"], { cwd: backend, env })
  return seedDemo(databaseUrl, extraEnv)
}

/** Runs the idempotent demo seed on a migrated database; returns the credentials it printed. */
export async function seedDemo(databaseUrl, extraEnv = {}) {
  const backend = path.join(ROOT, "backend")
  const env = { DATABASE_URL: databaseUrl, MEDUSA_DISABLE_TELEMETRY: "true", ...extraEnv }
  log("Données de démonstration (idempotent) …")
  const output = await run("npx", ["medusa", "exec", "../seed/src/seed.ts"], { cwd: backend, env })
  // Keep the lines after the seed's "Demo credentials" header, without the logger's prefix.
  const lines = output.split("\n").map((line) => line.replace(/^.*?info\S*:\s+/, "").trim())
  const from = lines.findIndex((line) => line.startsWith("Demo credentials"))
  return from < 0 ? [] : lines.slice(from + 1).filter((line) => line.includes("@") && line.includes(" / "))
}
