import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseEnv } from "../../env"
import { checkDatabase, checkFiles, checkRedis, checkSearch, checkSmtp } from "../../readiness/checks"
import { readinessReport, timedCheck } from "../../readiness/report"

/**
 * Readiness, beside Medusa's /health (which only says the process listens): each dependency `ok`,
 * `degraded` with the reason, or `off` when not configured — PostgreSQL, Redis, the search indexes,
 * SMTP and the file store. 200 when ready, 503 otherwise; no address, key or password in the answer.
 * Used by `npm run stack` and the compose file's healthchecks.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const env = parseEnv(process.env)
  const [database, redis, search, smtp, files] = await Promise.all([
    timedCheck(() => checkDatabase(req.scope)),
    timedCheck(() => checkRedis(env)),
    timedCheck(() => checkSearch(req.scope)),
    timedCheck(() => checkSmtp(env)),
    timedCheck(() => checkFiles(env)),
  ])
  const report = readinessReport({ database, redis, search, smtp, files })
  res.setHeader("Cache-Control", "no-store")
  res.status(report.status === "ready" ? 200 : 503).json(report)
}
