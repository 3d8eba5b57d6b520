/**
 * Migrates once per run into a template database (Medusa's own `db:migrate`:
 * modules, links, search indexes); each integration file then starts from a
 * copy of it (CREATE DATABASE … TEMPLATE) instead of migrating its own.
 */
import { execFile } from "node:child_process"
import path from "node:path"
import { promisify } from "node:util"
import pg from "pg"
import { testDatabaseUrl } from "./database"
import { TEST_ENVIRONMENT } from "./environment"

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string
  }
}

async function onServer(sql: string) {
  const client = new pg.Client({ connectionString: testDatabaseUrl("postgres") })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** Vitest's TestProject, as far as this setup uses it. */
type Project = { provide(key: "templateDatabase", value: string): void }

export default async function setup(project: Project) {
  const name = `enjoy_it_template_${process.pid}`
  await onServer(`drop database if exists "${name}" with (force)`)
  await onServer(`create database "${name}"`)
  const started = Date.now()
  await promisify(execFile)(
    "npx",
    ["medusa", "db:migrate", "--skip-scripts", "--execute-all-links", "--execute-all-search"],
    {
      cwd: path.resolve(__dirname, "../.."),
      env: {
        ...process.env,
        ...TEST_ENVIRONMENT,
        DATABASE_URL: testDatabaseUrl(name),
        ADMIN_DISABLED: "true",
        MEDUSA_DISABLE_TELEMETRY: "true",
      },
      maxBuffer: 64 * 1024 * 1024,
    }
  )
  console.log(`Template database ${name} migrated in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  project.provide("templateDatabase", name)
  return () => onServer(`drop database if exists "${name}" with (force)`)
}
