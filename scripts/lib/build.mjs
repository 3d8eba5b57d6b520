import { existsSync, readdirSync, statSync } from "node:fs"
import path from "node:path"
import { log, ROOT } from "./output.mjs"
import { compilePlugin } from "./plugin-compile.mjs"
import { run, serve } from "./processes.mjs"

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

/** The workspace plugins' folder names. */
export function pluginNames() {
  return readdirSync(path.join(ROOT, "plugins"))
    .filter((name) => existsSync(path.join(ROOT, "plugins", name, "package.json")))
    .sort()
}

/** Builds the shared packages (packages/*, plain TypeScript compiled to dist/) whose sources changed. */
export async function buildPackages() {
  const root = path.join(ROOT, "packages")
  const names = existsSync(root) ? readdirSync(root).filter((n) => existsSync(path.join(root, n, "package.json"))) : []
  for (const name of names) {
    const dir = path.join(root, name)
    const sources = ["src", "package.json", "tsconfig.json"].map((p) => path.join(dir, p))
    if (isStale(sources, path.join(dir, "dist/index.js"))) {
      log(`Construction du paquet ${name} …`)
      await run("npx", ["tsc", "-p", "tsconfig.json"], { cwd: dir })
    }
  }
}

/**
 * Builds the plugins whose sources changed since their last build (Medusa skips unbuilt ones), or only
 * the ones named (folder names). A plugin is compiled on its own, without type-checking
 * (scripts/lib/plugin-compile.mjs): it no longer waits for the plugins it imports.
 */
export async function buildPlugins(only = []) {
  const names = pluginNames()
  const unknown = only.filter((name) => !names.includes(name))
  if (unknown.length) throw new Error(`Pas de plugin ${unknown.join(", ")} (plugins : ${names.join(", ")})`)
  await buildPackages()
  for (const name of names) {
    if (only.length && !only.includes(name)) continue
    const dir = path.join(ROOT, "plugins", name)
    const sources = ["src", "package.json", "tsconfig.json"].map((p) => path.join(dir, p))
    if (only.length || isStale(sources, path.join(dir, ".medusa/server/src"))) {
      log(`Construction du plugin ${name} …`)
      await compilePlugin(dir)
    }
  }
}

/** Builds the storefront when its sources changed since the last build. */
export async function buildStorefront() {
  const dir = path.join(ROOT, "storefront")
  const sources = ["src", "public", "package.json", "next.config.ts", "tsconfig.json"].map((p) => path.join(dir, p))
  if (isStale(sources, path.join(dir, ".next/BUILD_ID"))) {
    log("Construction de la vitrine (Next.js) …")
    await run("npx", ["next", "build"], { cwd: dir, env: { NODE_ENV: "production" } })
  }
}

/**
 * Starts the built storefront. NODE_ENV is set to production whatever the caller's (vitest sets "test"),
 * since Next.js serves cached pages only in production.
 */
export function serveStorefront(name, port, env) {
  return serve(name, "npx", ["next", "start", "-p", String(port)], {
    cwd: path.join(ROOT, "storefront"),
    env: { ...env, NODE_ENV: "production" },
  })
}

/**
 * The storefront as deployed: `next start` on the next port, behind the shared cache on `port`
 * (storefront/edge/cache-proxy.mjs, what a CDN would be in production).
 */
export function serveCachedStorefront(name, port, env) {
  serveStorefront(name, port + 1, env)
  return serve(`${name}-cache`, "node", [path.join(ROOT, "storefront/edge/cache-proxy.mjs")], {
    env: { PORT: String(port), STOREFRONT_UPSTREAM: `http://localhost:${port + 1}` },
  })
}
