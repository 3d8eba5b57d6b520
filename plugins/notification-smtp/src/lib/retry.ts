/** What nodemailer's errors carry: the SMTP reply code, or a network error code. */
export type SmtpError = Error & { responseCode?: number; code?: string }

const NETWORK_CODES = new Set(["ECONNECTION", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ESOCKET", "EDNS", "EAI_AGAIN"])

/**
 * A temporary failure is worth another try: an SMTP 4xx reply ("try again
 * later", greylisting) or a server that could not be reached. A 5xx is
 * permanent (unknown mailbox, refused sender): sending it again changes nothing.
 */
export function isTemporary(error: SmtpError): boolean {
  if (typeof error.responseCode === "number") {
    return error.responseCode >= 400 && error.responseCode < 500
  }
  return !!error.code && NETWORK_CODES.has(error.code)
}

/** The wait before each retry: doubling from `baseMs`, capped. */
export function backoffDelays(attempts: number, baseMs: number, maxMs = 30_000): number[] {
  return Array.from({ length: Math.max(0, attempts - 1) }, (_, i) => Math.min(maxMs, baseMs * 2 ** i))
}

/**
 * Runs `send` until it succeeds, a permanent error is met, or the attempts
 * are spent; the last error is thrown with the number of attempts made.
 */
export async function sendWithRetry<T>(
  send: () => Promise<T>,
  { attempts, baseDelayMs, onRetry, sleep = (ms) => new Promise((r) => setTimeout(r, ms)) }: {
    attempts: number
    baseDelayMs: number
    onRetry?: (error: SmtpError, attempt: number, delayMs: number) => void
    sleep?: (ms: number) => Promise<unknown>
  }
): Promise<T> {
  const delays = backoffDelays(attempts, baseDelayMs)
  for (let attempt = 1; ; attempt++) {
    try {
      return await send()
    } catch (error) {
      const smtpError = error as SmtpError
      if (attempt >= attempts || !isTemporary(smtpError)) {
        smtpError.message = `${smtpError.message} (après ${attempt} tentative${attempt > 1 ? "s" : ""})`
        throw smtpError
      }
      const delay = delays[attempt - 1]!
      onRetry?.(smtpError, attempt, delay)
      await sleep(delay)
    }
  }
}
