import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { errorHandler } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { badRequestMessage } from "@enjoy/kernel"
import { STORAGE_UNAVAILABLE } from "@enjoy/marketplace/workflows"

const medusaErrorHandler = errorHandler()

const VALIDATOR_PREFIX = "Invalid request: "

/**
 * Medusa's error handler, preceded by the errors that a malformed request provokes deep in the stack
 * (broken percent-encoding, unreadable multipart, a value PostgreSQL refuses): those are the client's
 * fault and answer 400 in French, never 500.
 */
export function enjoyErrorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  afterBodyRead(req, () => {
    const message = badRequestMessage(error)
    // Medusa's validator prefixes our French "<champ> : <problème>" messages with English words: drop them.
    if (error instanceof MedusaError && error.message.startsWith(VALIDATOR_PREFIX)) {
      error.message = error.message.slice(VALIDATOR_PREFIX.length)
    }
    // A file store that refuses writes is no fault of the client, nor a bug: 503, with the words the workflow chose.
    // (A workflow hands its step's error back as a copy of its fields, not always as a MedusaError.)
    const failed = error as { code?: string; type?: string; message?: string }
    if (failed?.code === STORAGE_UNAVAILABLE) {
      return res.status(503).json({ type: failed.type, code: failed.code, message: failed.message })
    }
    if (!message) {
      return medusaErrorHandler(error, req, res, next)
    }
    const logger = req.scope?.resolve(ContainerRegistrationKeys.LOGGER) ?? console
    logger.info(`400 at ${req.path}: ${message}`)
    res.status(400).json({ type: MedusaError.Types.INVALID_DATA, message })
  })
}

/**
 * Answers once the request's body has been read. A route that streams its body (imports) may fail before
 * reading it: answering then would close the connection on unread bytes, and the client would see a reset
 * instead of the message.
 */
function afterBodyRead(req: MedusaRequest, answer: () => void) {
  if (req.complete || !req.readable) {
    return answer()
  }
  let answered = false
  const once = () => {
    if (!answered) {
      answered = true
      answer()
    }
  }
  req.once("end", once)
  req.once("error", once)
  req.resume()
}
