#!/usr/bin/env node
// `npm run typecheck`: two TypeScript programs side by side (tsc is single-threaded, the machine has two cores):
// every Node-side file of the repository at once (tsconfig.check.json: plugins with their tests, backend, seed,
// shared packages), and the storefront's. Nothing waits for a plugin build: plugins import each other's sources
// through their exports' `types`. One program loads Medusa's types once, where one per workspace loaded them ten times.
import path from "node:path"
import { buildPackages } from "./lib/build.mjs"
import { log, ROOT } from "./lib/output.mjs"
import { run } from "./lib/processes.mjs"

// The shared packages' compiled output is what the plugins import at run time, and their types here.
await buildPackages()
log("Vérification des types (Node et vitrine) …")
const checks = [
  { name: "tsconfig.check.json", run: () => run("npx", ["tsc", "-p", "tsconfig.check.json"], { cwd: ROOT, quiet: false }) },
  { name: "storefront", run: () => run("npm", ["run", "typecheck"], { cwd: path.join(ROOT, "storefront"), quiet: false }) },
]
const results = await Promise.allSettled(checks.map((check) => check.run()))
const failures = results.flatMap((result, i) => (result.status === "rejected" ? [`${checks[i].name}\n${result.reason.message}`] : []))
if (failures.length) {
  console.error(failures.join("\n\n"))
  process.exit(1)
}
log("Types vérifiés.")
