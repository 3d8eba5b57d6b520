import { type ParsedMail, simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"

/**
 * A real SMTP server in this process (the `smtp-server` package, plain SMTP
 * on 127.0.0.1, no authentication), which parses what it receives with
 * `mailparser`. It can answer the next messages with an SMTP error, as a
 * busy or refusing server would. Exported as `@enjoy/notification-smtp/testing`
 * (its source, for tests only: Medusa never loads it) so that the backend's
 * integration tests receive the platform's e-mails on it too.
 */
const mailTo = (mail: ParsedMail) =>
  [mail.to ?? []].flat().flatMap((to) => to.value.map((a) => (a.address ?? "").toLowerCase()))

export async function startSmtpCatcher(port: number) {
  const received: ParsedMail[] = []
  const failures: number[] = []
  let attempts = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      attempts++
      const code = failures.shift()
      if (code) {
        stream.resume()
        stream.on("end", () => callback(Object.assign(new Error(code < 500 ? "Try again later" : "Mailbox unavailable"), { responseCode: code })))
        return
      }
      simpleParser(stream)
        .then((mail) => {
          received.push(mail)
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve))
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** How many messages were offered, refused ones included. */
    attempts: () => attempts,
    /** Answers the next `count` messages with this SMTP code (421: try later; 550: refused). */
    failNext: (count: number, code: number) => failures.push(...Array(count).fill(code)),
    /** The messages received for this address so far. */
    to: (address: string) => received.filter((mail) => mailTo(mail).includes(address.toLowerCase())),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
