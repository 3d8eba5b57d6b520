import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"
import { log, ROOT } from "./output.mjs"
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

/**
 * The workspace plugins in dependency order (a plugin after the @enjoy plugins
 * it depends on), since a plugin compiles against the others' built output.
 */
export function pluginNames() {
  return plugins().map((p) => p.dir)
}

/** Each plugin's folder and the folders of the @enjoy plugins it depends on, in build order. */
function plugins() {
  const dirs = readdirSync(path.join(ROOT, "plugins")).filter((name) =>
    existsSync(path.join(ROOT, "plugins", name, "package.json"))
  )
  const packages = new Map(
    dirs.map((dir) => {
      const pkg = JSON.parse(readFileSync(path.join(ROOT, "plugins", dir, "package.json"), "utf8"))
      return [pkg.name, { dir, deps: Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }) }]
    })
  )
  const byDir = new Map([...packages.values()].map((p) => [p.dir, p]))
  return orderByDependencies(packages).map((dir) => ({
    dir,
    depDirs: byDir.get(dir).deps.filter((d) => packages.has(d)).map((d) => packages.get(d).dir),
  }))
}

/** Topological order of { name → { dir, deps } }; throws on a cycle. */
export function orderByDependencies(packages) {
  const ordered = []
  const state = new Map()
  const visit = (name) => {
    if (state.get(name) === "done") return
    if (state.get(name) === "visiting") throw new Error(`Plugin dependency cycle through ${name}`)
    state.set(name, "visiting")
    for (const dep of packages.get(name).deps) {
      if (packages.has(dep)) visit(dep)
    }
    state.set(name, "done")
    ordered.push(packages.get(name).dir)
  }
  ;[...packages.keys()].sort().forEach(visit)
  return ordered
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
 * One build task per plugin, for `runTaskGraph` (scripts/lib/task-graph.mjs): `id` is the plugin's
 * folder, `deps` the folders of the @enjoy plugins it compiles against, `run` builds it when its
 * sources, or its dependencies', changed since its last build (or the shared packages did).
 * Call after `buildPackages()`.
 */
export function pluginBuildTasks() {
  const packagesBuilt = newestMtime(path.join(ROOT, "packages"), new Set(["node_modules", "src"]))
  return plugins().map(({ dir: name, depDirs }) => ({
    id: name,
    deps: depDirs,
    run: async () => {
      const dir = path.join(ROOT, "plugins", name)
      // A plugin compiles against its dependencies' output: rebuild it when they change too.
      const sources = [name, ...depDirs].flatMap((d) => [
        path.join(ROOT, "plugins", d, "src"),
        path.join(ROOT, "plugins", d, "package.json"),
      ])
      const output = path.join(dir, ".medusa/server/src")
      if (isStale(sources, output) || (existsSync(output) && packagesBuilt > statSync(output).mtimeMs)) {
        log(`Construction du plugin ${name} …`)
        await run("npx", ["medusa", "plugin:build"], { cwd: dir })
      }
    },
  }))
}

/**
 * Builds the plugins whose sources changed since their last build (Medusa skips unbuilt ones), after the
 * shared packages they import, one after the other in dependency order; a change to a shared package
 * rebuilds every plugin.
 */
export async function buildPlugins() {
  await buildPackages()
  for (const task of pluginBuildTasks()) {
    await task.run()
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
