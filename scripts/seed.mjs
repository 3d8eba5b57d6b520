#!/usr/bin/env node
// `npm run seed`: builds what changed, finds the database as the demo does, migrates and seeds.
import { buildPlugins } from "./lib/build.mjs"
import { resolveDatabase } from "./lib/database.mjs"
import { log } from "./lib/output.mjs"
import { migrateAndSeed } from "./lib/seed.mjs"

const db = await resolveDatabase()
try {
  await buildPlugins()
  const credentials = await migrateAndSeed(db.url)
  log(`Base ${db.kind} prête. Identifiants de démonstration :`)
  credentials.forEach((line) => console.log(line))
} finally {
  await db.stop()
}
