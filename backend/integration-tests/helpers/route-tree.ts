import fs from "node:fs"
import path from "node:path"

export type RouteFile = {
  /** e.g. "marketplace" */
  plugin: string
  /** e.g. "/vendor/sellers/:id/products/:product_id" */
  path: string
  /** Its path parameters in order, e.g. ["id", "product_id"]. */
  params: string[]
  methods: ("GET" | "POST" | "DELETE" | "PUT" | "PATCH")[]
  /** The file, relative to the repository. */
  file: string
}

const ROOT = path.resolve(__dirname, "../../..")

function routeFilesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? routeFilesUnder(full) : entry.name === "route.ts" ? [full] : []
  })
}

/** Every route.ts of every plugin and of the composed backend, with its HTTP path and methods: the API as shipped. */
export function routeTree(): RouteFile[] {
  const plugins = fs.readdirSync(path.join(ROOT, "plugins")).filter((p) => fs.existsSync(path.join(ROOT, "plugins", p, "src/api")))
  const sources = [...plugins.map((plugin) => ({ plugin, api: path.join(ROOT, "plugins", plugin, "src/api") })), { plugin: "backend", api: path.join(ROOT, "backend/src/api") }]
  return sources.flatMap(({ plugin, api }) => {
    return routeFilesUnder(api).map((file) => {
      const segments = path.relative(api, path.dirname(file)).split(path.sep)
      const params = segments.filter((s) => /^\[.+\]$/.test(s)).map((s) => s.slice(1, -1))
      const source = fs.readFileSync(file, "utf8")
      const methods = [...source.matchAll(/export (?:async )?(?:function|const) (GET|POST|DELETE|PUT|PATCH)\b/g)].map(
        (m) => m[1] as RouteFile["methods"][number]
      )
      return {
        plugin,
        path: "/" + segments.map((s) => (/^\[.+\]$/.test(s) ? `:${s.slice(1, -1)}` : s)).join("/"),
        params,
        methods,
        file: path.relative(ROOT, file),
      }
    })
  })
}
