#!/usr/bin/env node
// `npm run typecheck`: builds the plugins (their build type-checks their sources) and runs every
// workspace's own `typecheck` (tests and scripts included), two at a time since tsc is single-threaded:
// a check starts as soon as what it compiles against is built, so the storefront's check runs while
// the plugins build, and a plugin's check while the plugins above it build.
import { readFileSync } from "node:fs"
import path from "node:path"
import { buildPackages, pluginBuildTasks } from "./lib/build.mjs"
import { log, ROOT } from "./lib/output.mjs"
import { run } from "./lib/processes.mjs"
import { runTaskGraph } from "./lib/task-graph.mjs"

const CONCURRENCY = Number(process.env.TYPECHECK_CONCURRENCY ?? 2)

await buildPackages()
const { workspaces } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"))
const listed = await run("npm", ["query", ".workspace"], { cwd: ROOT })
// npm may print warnings around the JSON: read from its first bracket.
const packages = JSON.parse(listed.slice(listed.indexOf("[")))
const builds = pluginBuildTasks()
const pluginByName = new Map(
  packages.filter((pkg) => pkg.location.startsWith("plugins/")).map((pkg) => [pkg.name, path.basename(pkg.location)])
)
// A workspace's check waits for the builds of the @enjoy plugins it depends on, and their own.
const needs = (pkg) => {
  const direct = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies })
    .map((name) => pluginByName.get(name))
    .filter(Boolean)
  const all = new Set()
  // A plugin's check reads its own build too (its tests import what Medusa loads).
  if (pluginByName.has(pkg.name)) all.add(pluginByName.get(pkg.name))
  const visit = (dir) => {
    if (all.has(dir) && !direct.includes(dir)) return
    all.add(dir)
    builds.find((b) => b.id === dir)?.deps.forEach(visit)
  }
  direct.forEach(visit)
  return [...all]
}
const checks = packages
  .filter((pkg) => pkg.scripts?.typecheck)
  .map((pkg) => ({
    id: `check ${pkg.name}`,
    deps: needs(pkg),
    run: () => run("npm", ["run", "typecheck"], { cwd: path.join(ROOT, pkg.location) }),
  }))
log(`Vérification des types de ${checks.length} espaces de travail (${workspaces.join(", ")}) …`)

// Builds first in the list: when a slot frees up, the critical path (the plugin chain) goes on.
const failures = await runTaskGraph([...builds, ...checks], CONCURRENCY)
if (failures.length) {
  console.error(failures.map((f) => `${f.id}\n${f.error.message}`).join("\n\n"))
  process.exit(1)
}
log("Types vérifiés.")
