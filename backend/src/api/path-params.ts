import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { pathParamProblem } from "@enjoy/kernel"
import fs from "node:fs"
import path from "node:path"

/**
 * Refuses a malformed path parameter before any route looks it up: 404 (no object can have that id, and
 * the storefront shows its not-found page for it) with a message naming the parameter.
 */
export function checkPathParams(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  for (const [name, value] of Object.entries(req.params ?? {})) {
    const problem = pathParamProblem(name, String(value))
    if (problem) {
      return next(new MedusaError(MedusaError.Types.NOT_FOUND, problem))
    }
  }
  next()
}

function routeFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? routeFiles(full) : /^route\.(js|ts)$/.test(entry.name) ? [full] : []
  })
}

/**
 * The path patterns with parameters of every route our plugins ship (read from their built routes), each
 * guarded by checkPathParams. Medusa's own routes keep their own checks.
 */
export function pathParamGuards(plugins: string[]): MiddlewareRoute[] {
  const patterns = plugins.flatMap((plugin) => {
    const api = path.join(path.dirname(require.resolve(`${plugin}/package.json`)), ".medusa/server/src/api")
    return routeFiles(api)
      .map((file) => "/" + path.relative(api, path.dirname(file)).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/"))
      .filter((pattern) => pattern.includes(":"))
  })
  // With methods, Medusa registers an exact-path middleware (without, a prefix one that would also catch the
  // static siblings of a pattern, such as /admin/communes/cost-split under /admin/communes/:id).
  return [...new Set(patterns)].map((matcher) => ({
    methods: ["GET", "POST", "DELETE", "PUT", "PATCH"],
    matcher,
    middlewares: [checkPathParams],
  }))
}
