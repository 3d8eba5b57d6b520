import type { Logger, NotificationTypes } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { createHash } from "node:crypto"
import nodemailer, { type Transporter } from "nodemailer"
import { type EmailData, renderEmail } from "../../lib/render-email"
import { sendWithRetry } from "../../lib/retry"

export type SmtpProviderOptions = {
  /** `smtp://user:pass@host:587` or `smtps://…:465` (SMTP_URL). */
  url: string
  /** The sender, e.g. `Enjoy <ne-pas-repondre@enjoy-mel.fr>` (MAIL_FROM). */
  from: string
  replyTo?: string
  /** The storefront's public address, linked from every e-mail. */
  storefrontUrl: string
  /** Tries per e-mail, the first included, on temporary failures. */
  attempts?: number
  /** The first wait between two tries; it doubles each time. */
  baseDelayMs?: number
}

type Dependencies = { logger: Logger }

/** What the notification module hands the provider: its row, idempotency key included. */
type Notification = NotificationTypes.ProviderSendNotificationDTO & { id?: string; idempotency_key?: string | null }

/**
 * E-mails over SMTP with nodemailer, behind Medusa's Notification Module.
 * Every message has a plain-text and an HTML part; a temporary failure (4xx,
 * server unreachable) is tried again with backoff, a permanent one (5xx) is
 * not. The module never sends one idempotency key twice once it succeeded;
 * the Message-ID derived from that key lets mail servers drop a repeat too.
 */
export class SmtpNotificationService extends AbstractNotificationProviderService {
  static override identifier = "smtp"

  protected readonly options_: Required<Omit<SmtpProviderOptions, "replyTo">> & { replyTo?: string }
  protected readonly transporter_: Transporter
  protected readonly logger_: Logger

  static override validateOptions(options: Record<string, unknown> | SmtpProviderOptions) {
    for (const key of ["url", "from", "storefrontUrl"]) {
      const value = (options as Record<string, unknown> | undefined)?.[key]
      if (typeof value !== "string" || !value) {
        throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `The SMTP notification provider needs \`${key}\``)
      }
    }
  }

  constructor({ logger }: Dependencies, options: SmtpProviderOptions) {
    super()
    SmtpNotificationService.validateOptions(options)
    this.logger_ = logger
    this.options_ = { attempts: 4, baseDelayMs: 1_000, ...options }
    this.transporter_ = nodemailer.createTransport(options.url)
  }

  override async send(notification: Notification): Promise<NotificationTypes.ProviderSendNotificationResultsDTO> {
    const data = notification.data as Partial<EmailData> | null | undefined
    if (!notification.to || typeof data?.subject !== "string" || typeof data?.text !== "string") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `E-mail ${notification.template}: a recipient, data.subject and data.text are needed`)
    }
    const email = renderEmail(notification.template, data as EmailData, { storefrontUrl: this.options_.storefrontUrl })
    const key = notification.idempotency_key ?? notification.id
    const info = await sendWithRetry(
      () =>
        this.transporter_.sendMail({
          from: notification.from || this.options_.from,
          to: notification.to,
          replyTo: this.options_.replyTo,
          subject: email.subject,
          text: email.text,
          html: email.html,
          messageId: key ? this.messageId(key) : undefined,
          headers: { "X-Enjoy-Template": notification.template },
        }),
      {
        attempts: this.options_.attempts,
        baseDelayMs: this.options_.baseDelayMs,
        onRetry: (error, attempt, delay) =>
          this.logger_.warn(`E-mail ${notification.template} to ${notification.to}: attempt ${attempt} failed (${error.message}); retrying in ${delay} ms`),
      }
    ).catch((error: Error) => {
      this.logger_.error(`E-mail ${notification.template} to ${notification.to} not sent: ${error.message}`)
      throw error
    })
    return { id: info.messageId }
  }

  /** The same key always gives the same Message-ID, on the sender's domain. */
  protected messageId(key: string): string {
    const domain = /@([^>\s]+)>?\s*$/.exec(this.options_.from)?.[1] ?? "enjoy.localhost"
    return `<${createHash("sha256").update(key).digest("hex").slice(0, 32)}@${domain}>`
  }
}
