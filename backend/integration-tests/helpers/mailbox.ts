import { startSmtpCatcher } from "@enjoy/notification-smtp/testing"
import { afterAll, beforeAll } from "vitest"
import { SMTP_PORT } from "../setup/environment"

type Mailbox = Awaited<ReturnType<typeof startSmtpCatcher>>
let mailbox: Mailbox | undefined

/**
 * The real SMTP server (the `smtp-server` package) every integration file's backend sends its e-mails
 * to (SMTP_URL in setup/environment.ts), started in the test file's process; what it received is parsed.
 */
export function openMailbox() {
  beforeAll(async () => {
    mailbox = await startSmtpCatcher(SMTP_PORT)
  })
  afterAll(async () => {
    await mailbox?.close()
    mailbox = undefined
  })
}

/** The file's mailbox, once the suite has started. */
export function mails(): Mailbox {
  if (!mailbox) {
    throw new Error("The mailbox opens with backendIntegrationSuite (helpers/runner.ts)")
  }
  return mailbox
}
