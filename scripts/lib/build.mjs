import { existsSync, readdirSync, statSync } from "node:fs"
import path from "node:path"
import { log, ROOT } from "./output.mjs"
import { run } from "./processes.mjs"

/** Newest modification time of a file, or of the files under a folder (0 when missing). */
export function newestMtime(dir, ignore = new Set(["node_modules", ".medusa", ".next"])) {
  if (!existsSync(dir)) return 0
  if (!statSync(dir).isDirectory()) return statSync(dir).mtimeMs
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (ignore.has(entry.name)) continue
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full, ignore) : statSync(full).mtimeMs)
  }
  return newest
}

/** True when the build output is missing or older than a source it depends on. */
export function isStale(sources, output) {
  if (!existsSync(output)) return true
  const built = statSync(output).mtimeMs
  return sources.some((source) => newestMtime(source) > built)
}

export function pluginNames() {
  return readdirSync(path.join(ROOT, "plugins")).filter((name) =>
    existsSync(path.join(ROOT, "plugins", name, "package.json"))
  )
}

/** Builds the plugins whose sources changed since their last build (Medusa skips unbuilt ones). */
export async function buildPlugins() {
  for (const name of pluginNames()) {
    const dir = path.join(ROOT, "plugins", name)
    if (isStale([path.join(dir, "src"), path.join(dir, "package.json")], path.join(dir, ".medusa/server/src"))) {
      log(`Construction du plugin ${name} …`)
      await run("npx", ["medusa", "plugin:build"], { cwd: dir })
    }
  }
}

/** Builds the storefront when its sources changed since the last build. */
export async function buildStorefront() {
  const dir = path.join(ROOT, "storefront")
  const sources = ["src", "public", "package.json", "next.config.ts", "tsconfig.json"].map((p) => path.join(dir, p))
  if (isStale(sources, path.join(dir, ".next/BUILD_ID"))) {
    log("Construction de la vitrine (Next.js) …")
    await run("npx", ["next", "build"], { cwd: dir })
  }
}
