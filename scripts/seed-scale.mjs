#!/usr/bin/env node
// `npm run seed:scale -- --communes 95 --establishments 20000 --products 200000`: a territory at the
// metropole's full scale for benchmarks, in its own database (enjoy_scale) so the demo stays as it is.
import { buildPlugins } from "./lib/build.mjs"
import { ensureDatabase, resolveDatabase, withDatabase } from "./lib/database.mjs"
import { log } from "./lib/output.mjs"
import { scaleArgs, seedScale } from "./lib/scale.mjs"
import { migrateAndSeed } from "./lib/seed.mjs"

scaleArgs(process.argv.slice(2)) // refuse bad options before anything long starts
const db = await resolveDatabase()
const url = process.env.SCALE_DATABASE_URL ?? withDatabase(db.url, "enjoy_scale")
try {
  await buildPlugins()
  await ensureDatabase(url)
  await migrateAndSeed(url)
  await seedScale(url, process.argv.slice(2))
  log(`Base « ${new URL(url).pathname.slice(1)} » prête à l'échelle. Pour la parcourir : DATABASE_URL=${url} npm run demo`)
} finally {
  await db.stop()
}
