import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules, NotificationStatus } from "@medusajs/framework/utils"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { startSmtpCatcher } from "../testing/smtp-catcher"

/*
 * Medusa's Notification Module (real PostgreSQL) with our SMTP provider,
 * sending to a real SMTP server started in this process.
 */
// One port per vitest worker, as the other suites' stand-ins: the module reads its options when it boots.
const SMTP_PORT = 26_200 + Number(process.env.VITEST_POOL_ID ?? 1)
let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>
beforeAll(async () => {
  smtp = await startSmtpCatcher(SMTP_PORT)
})
afterAll(() => smtp?.close())

const reservation = (key: string) => ({
  to: "lina@exemple.fr",
  channel: "email",
  template: "marketplace-order-confirmed",
  data: {
    subject: "Votre réservation chez Fromagerie Lina est confirmée",
    text: "Bonjour,\n\nFromagerie Lina a confirmé votre réservation n°42.\nSuivez-la : https://vitrine.enjoy.test/commande/42\n\nÀ bientôt sur Enjoy",
    link: "https://vitrine.enjoy.test/commande/42",
    commune: { name: "Roubaix", logo_url: "https://vitrine.enjoy.test/logos/roubaix.png" },
  },
  idempotency_key: key,
})

/** The module's filters and DTO type leave the idempotency key out (its rows have it): by recipient, then by key. */
const withKey = async (service: INotificationModuleService, key: string) =>
  (await service.listNotifications({ to: "lina@exemple.fr" }, { select: ["id", "status", "idempotency_key"] }))
    .filter((n) => (n as { idempotency_key?: string }).idempotency_key === key)

moduleIntegrationTestRunner<INotificationModuleService>({
  moduleName: Modules.NOTIFICATION,
  resolve: path.dirname(require.resolve("@medusajs/notification")),
  moduleOptions: {
    providers: [
      {
        resolve: path.resolve(__dirname, "../providers/smtp"),
        id: "smtp",
        options: {
          channels: ["email"],
          url: `smtp://127.0.0.1:${SMTP_PORT}`,
          from: "Enjoy <ne-pas-repondre@enjoy.test>",
          replyTo: "contact@enjoy.test",
          storefrontUrl: "https://vitrine.enjoy.test",
          attempts: 3,
          baseDelayMs: 50,
        },
      },
    ],
  },
  testSuite: ({ service }) => {
    describe("e-mails over SMTP (real SMTP server in-process)", () => {
      beforeEach(() => {
        smtp.received.length = 0
      })

      it("sends both parts with the headers, the links, the co-branding and why it was sent", async () => {
        const [notification] = await service.createNotifications([reservation("order-42:confirmed:lina")])
        expect(notification.status).toBe(NotificationStatus.SUCCESS)
        expect(smtp.received).toHaveLength(1)
        const mail = smtp.received[0]!
        expect(mail.subject).toBe("Votre réservation chez Fromagerie Lina est confirmée")
        expect(mail.from?.text).toBe('"Enjoy" <ne-pas-repondre@enjoy.test>')
        expect(mail.to && "text" in mail.to ? mail.to.text : null).toBe("lina@exemple.fr")
        expect(mail.replyTo?.text).toBe("contact@enjoy.test")
        expect(mail.headers.get("x-enjoy-template")).toBe("marketplace-order-confirmed")
        expect(mail.messageId).toMatch(/^<[0-9a-f]{32}@enjoy\.test>$/)
        expect(notification.external_id).toBe(mail.messageId)
        expect(mail.text).toContain("Fromagerie Lina a confirmé votre réservation n°42.")
        expect(mail.text).toContain("Vous recevez ce message parce qu'une commande ou une réservation")
        const html = String(mail.html)
        expect(html).toContain('<a href="https://vitrine.enjoy.test/commande/42"')
        expect(html).toContain('<img src="https://vitrine.enjoy.test/logos/roubaix.png" alt="Roubaix"')
        expect(html).toContain("Vous recevez ce message parce qu&#39;une commande")
      })

      it("never sends one idempotency key twice", async () => {
        await service.createNotifications([reservation("order-43:confirmed:lina")])
        await service.createNotifications([reservation("order-43:confirmed:lina")])
        expect(smtp.received).toHaveLength(1)
        expect(await withKey(service, "order-43:confirmed:lina")).toHaveLength(1)
      })

      it("retries a temporary failure until the server recovers", async () => {
        const before = smtp.attempts()
        smtp.failNext(2, 421)
        const [notification] = await service.createNotifications([reservation("order-44:confirmed:lina")])
        expect(notification.status).toBe(NotificationStatus.SUCCESS)
        expect(smtp.attempts() - before).toBe(3)
        expect(smtp.received).toHaveLength(1)
      })

      it("does not retry a permanent failure, and records the notification as failed", async () => {
        const before = smtp.attempts()
        smtp.failNext(1, 550)
        await expect(service.createNotifications([reservation("order-45:confirmed:lina")])).rejects.toThrow(/Mailbox unavailable/)
        expect(smtp.attempts() - before).toBe(1)
        const [failed] = await withKey(service, "order-45:confirmed:lina")
        expect(failed?.status).toBe(NotificationStatus.FAILURE)
        expect(smtp.received).toHaveLength(0)

      })
    })
  },
})
