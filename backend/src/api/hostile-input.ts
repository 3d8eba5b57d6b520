import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { fieldMessage, findControlCharacter, unreadablePath } from "@enjoy/kernel"

/** A parsed JSON or form body (a raw Buffer, kept for signed webhooks, is not text to inspect). */
const isParsedBody = (body: unknown) => !!body && typeof body === "object" && !ArrayBuffer.isView(body)

/**
 * Only file uploads read multipart bodies (photos, and Medusa's own /admin/uploads): any other route would
 * silently see an empty body and answer as if nothing was asked.
 */
const readsMultipart = (path: string) =>
  /^\/admin\/(uploads|products\/import)/.test(path) || /^\/vendor\/sellers\/[^/]+\/photos\/?$/.test(path)

/** Routes that read their body raw: signed webhooks (checked against the exact bytes) and CSV imports (streamed). */
const readsRawBody = (path: string) => path.startsWith("/hooks/") || /\/imports\//.test(path)

/** True when the request carries a body (of any length announced, or chunked). */
const hasBody = (req: MedusaRequest) =>
  Number(req.headers["content-length"] ?? 0) > 0 || req.headers["transfer-encoding"] !== undefined

/**
 * Refuses, before any route runs, what no person types: a path whose percent-encoding is broken, and
 * control characters (NUL above all, which PostgreSQL cannot store) in the path, the query or the body.
 */
export function refuseHostileInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  // The whole path as sent: a middleware mounted on a pattern sees `req.path` relative to it.
  const path = req.originalUrl.split("?")[0]
  const pathProblem = unreadablePath(path)
  if (pathProblem) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, pathProblem))
  }
  if (req.is("multipart/form-data") && !readsMultipart(path)) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "corps : JSON attendu (application/json), pas un formulaire multipart"))
  }
  const writes = !["GET", "HEAD", "OPTIONS"].includes(req.method)
  if (
    writes &&
    hasBody(req) &&
    !req.is("application/json") &&
    !req.is("multipart/form-data") &&
    !readsRawBody(path)
  ) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "corps : JSON attendu (Content-Type: application/json)"))
  }
  const field = findControlCharacter(req.query) ?? (isParsedBody(req.body) ? findControlCharacter(req.body) : null)
  if (field) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, fieldMessage([field], "caractère de contrôle interdit")))
  }
  next()
}
