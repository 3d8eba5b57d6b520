// The demo's mail catcher: MailDev (npm `maildev`) on localhost, so that a newcomer reads the e-mails
// the demo sends (reservations, moderation, password resets) in a browser. Not started when SMTP_URL
// is already set: the backend then sends through that server.
import { log } from "./output.mjs"

const SMTP_PORT = Number(process.env.MAILDEV_SMTP_PORT ?? 1025)
const WEB_PORT = Number(process.env.MAILDEV_WEB_PORT ?? 1080)

/** Starts MailDev and returns the SMTP_URL to give the backend, or null when e-mails go elsewhere. */
export async function startMailCatcher() {
  if (process.env.SMTP_URL) {
    log(`E-mails envoyés par le serveur SMTP configuré (SMTP_URL).`)
    return { smtpUrl: process.env.SMTP_URL, webUrl: null, stop: async () => {} }
  }
  const { MailDev } = await import("maildev")
  const maildev = new MailDev({ smtp: SMTP_PORT, ip: "127.0.0.1", web: WEB_PORT, webIp: "127.0.0.1", silent: true, maxEmails: 500 })
  try {
    await maildev.start()
  } catch (error) {
    // A port already taken (another demo, a MailDev of one's own): the demo runs on, e-mails in the log.
    log(`MailDev n'a pas démarré (${error.message}) : les e-mails resteront dans le journal du backend.`)
    return { smtpUrl: null, webUrl: null, stop: async () => {} }
  }
  return {
    smtpUrl: `smtp://127.0.0.1:${SMTP_PORT}`,
    webUrl: `http://localhost:${WEB_PORT}`,
    stop: () => maildev.stop().catch(() => {}),
  }
}
