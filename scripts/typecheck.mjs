#!/usr/bin/env node
// `npm run typecheck`: builds the plugins (their build type-checks their sources), then runs every
// workspace's own `typecheck` (tests and scripts included), two at a time: tsc is single-threaded.
import { readFileSync } from "node:fs"
import path from "node:path"
import { buildPlugins } from "./lib/build.mjs"
import { log, ROOT } from "./lib/output.mjs"
import { run } from "./lib/processes.mjs"

const CONCURRENCY = Number(process.env.TYPECHECK_CONCURRENCY ?? 2)

await buildPlugins()
const { workspaces } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"))
const listed = await run("npm", ["query", ".workspace"], { cwd: ROOT })
// npm may print warnings around the JSON: read from its first bracket.
const checked = JSON.parse(listed.slice(listed.indexOf("[")))
  .filter((pkg) => pkg.scripts?.typecheck)
  .map((pkg) => ({ name: pkg.name, dir: path.join(ROOT, pkg.location) }))
log(`Vérification des types de ${checked.length} espaces de travail (${workspaces.join(", ")}) …`)

const failures = []
const queue = [...checked]
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      try {
        await run("npm", ["run", "typecheck"], { cwd: next.dir })
      } catch (error) {
        failures.push(`${next.name}\n${error.message}`)
      }
    }
  })
)
if (failures.length) {
  console.error(failures.join("\n\n"))
  process.exit(1)
}
log("Types vérifiés.")
