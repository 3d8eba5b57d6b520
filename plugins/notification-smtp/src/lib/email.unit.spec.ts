import { describe, expect, it } from "vitest"
import { reasonFor } from "./reasons"
import { renderEmail } from "./render-email"
import { backoffDelays, isTemporary, sendWithRetry, type SmtpError } from "./retry"

const branding = { storefrontUrl: "https://enjoy-mel.fr" }

describe("renderEmail", () => {
  const reservation = {
    subject: "Réservation n°12 confirmée",
    text: "Bonjour,\n\nVotre réservation chez « Fromagerie <Lina> » est confirmée.\nSuivez-la ici : https://enjoy-mel.fr/commande/12.\n\nÀ bientôt",
  }

  it("keeps the text as written and adds why it was sent", () => {
    const email = renderEmail("marketplace-order-confirmed", reservation, branding)
    expect(email.subject).toBe("Réservation n°12 confirmée")
    expect(email.text.startsWith(reservation.text)).toBe(true)
    expect(email.text).toContain("\n-- \nVous recevez ce message parce qu'une commande ou une réservation")
    expect(email.text).toContain("Enjoy — https://enjoy-mel.fr")
  })

  it("writes the HTML in paragraphs, escaped, with its addresses as links", () => {
    const { html } = renderEmail("marketplace-order-confirmed", reservation, branding)
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain("« Fromagerie &lt;Lina&gt; »")
    expect(html).not.toContain("<Lina>")
    // The sentence's full stop stays out of the link.
    expect(html).toContain('<a href="https://enjoy-mel.fr/commande/12" style="color:#0b4f8a;word-break:break-all">https://enjoy-mel.fr/commande/12</a>.')
    expect(html.match(/<p style="margin:0 0 16px">/g)).toHaveLength(3)
    expect(html).toContain("est confirmée.<br>Suivez-la")
  })

  it("draws the main action as a button, and only for a web address", () => {
    const withLink = renderEmail("password-reset", { ...reservation, link: "https://enjoy-mel.fr/pro/mot-de-passe?jeton=abc" }, branding)
    expect(withLink.html).toContain('<a href="https://enjoy-mel.fr/pro/mot-de-passe?jeton=abc" style="display:inline-block')
    const hostile = renderEmail("password-reset", { ...reservation, link: "javascript:alert(1)" }, branding)
    expect(hostile.html).not.toContain("javascript:")
  })

  it("co-brands with the commune: its logo beside the platform's, or its name", () => {
    const logo = renderEmail("moderation-approved", { ...reservation, commune: { name: "Roubaix", logo_url: "https://cdn.example/roubaix.png" } }, branding)
    expect(logo.html).toContain('<img src="https://cdn.example/roubaix.png" alt="Roubaix"')
    expect(logo.text).toContain("Enjoy · Roubaix — https://enjoy-mel.fr")
    const name = renderEmail("moderation-approved", { ...reservation, commune: { name: "Lys-lez-Lannoy", logo_url: "data:image/png;base64,AAA" } }, branding)
    expect(name.html).not.toContain("data:image")
    expect(name.html).toContain(">Lys-lez-Lannoy</span>")
  })

  it("frames a message in the recipient's language, the button in the words it is given", () => {
    const english = renderEmail("marketplace-order-placed", { ...reservation, locale: "en", link: "https://enjoy-mel.fr/en/commande/g1" }, branding)
    expect(english.html).toContain('<html lang="en">')
    expect(english.text).toContain("You receive this message because an order or a reservation was made")
    expect(english.html).toContain(">Open</a>")
    const labelled = renderEmail("marketplace-order-requested", { ...reservation, link: "https://enjoy-mel.fr/pro", link_label: "Ouvrir le tableau" }, branding)
    expect(labelled.html).toContain('<html lang="fr">')
    expect(labelled.html).toContain(">Ouvrir le tableau</a>")
  })
})

describe("reasonFor", () => {
  it("finds the reason by the template's family, with a default", () => {
    expect(reasonFor("marketplace-order-ready")).toMatch(/commande ou une réservation/)
    expect(reasonFor("moderation-rejected")).toMatch(/relu par son association/)
    expect(reasonFor("password-reset")).toMatch(/nouveau mot de passe/)
    expect(reasonFor("marketplace")).toMatch(/liée à un accès Enjoy/)
    expect(reasonFor("moderation-rejected", "en")).toMatch(/belongs to an Enjoy account/)
  })
})

describe("retrying an SMTP send", () => {
  const failure = (props: Partial<SmtpError>) => Object.assign(new Error("refusé"), props)

  it("retries 4xx replies and unreachable servers, never 5xx", () => {
    expect(isTemporary(failure({ responseCode: 421 }))).toBe(true)
    expect(isTemporary(failure({ responseCode: 451 }))).toBe(true)
    expect(isTemporary(failure({ code: "ECONNREFUSED" }))).toBe(true)
    expect(isTemporary(failure({ responseCode: 550 }))).toBe(false)
    expect(isTemporary(failure({ code: "EENVELOPE" }))).toBe(false)
  })

  it("waits twice as long each time, within a cap", () => {
    expect(backoffDelays(4, 1000)).toEqual([1000, 2000, 4000])
    expect(backoffDelays(1, 1000)).toEqual([])
    expect(backoffDelays(6, 10_000, 30_000)).toEqual([10_000, 20_000, 30_000, 30_000, 30_000])
  })

  it("succeeds once the server recovers, and says how many tries a final failure took", async () => {
    const waits: number[] = []
    let calls = 0
    const result = await sendWithRetry(
      async () => {
        if (++calls < 3) throw failure({ responseCode: 421 })
        return "sent"
      },
      { attempts: 4, baseDelayMs: 10, sleep: async (ms) => waits.push(ms) }
    )
    expect({ result, calls, waits }).toEqual({ result: "sent", calls: 3, waits: [10, 20] })

    calls = 0
    await expect(
      sendWithRetry(async () => { calls++; throw failure({ responseCode: 550 }) }, { attempts: 4, baseDelayMs: 10, sleep: async () => {} })
    ).rejects.toThrow("refusé (après 1 tentative)")
    expect(calls).toBe(1)
    await expect(
      sendWithRetry(async () => { throw failure({ responseCode: 452 }) }, { attempts: 3, baseDelayMs: 1, sleep: async () => {} })
    ).rejects.toThrow("(après 3 tentatives)")
  })
})
