import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { notifyOrdersWorkflow } from "@enjoy/marketplace/workflows"
import type { ParsedMail } from "mailparser"
import { beforeEach, expect, it } from "vitest"
import { eventually } from "../helpers/eventually"
import { mails } from "../helpers/mailbox"
import { type Establishment, shoppingStreet, STREET_LOGO } from "../helpers/shop"
import { STOREFRONT_URL } from "../setup/environment"

const SHOPPER = "lea.martin@exemple.test"

/** The order e-mails as they leave: over SMTP to a real server in this process, parsed back. */
export function orderEmailTests({ api, getContainer }: MedusaSuiteOptions) {
  let street: Awaited<ReturnType<typeof shoppingStreet>>
  let bakery: Establishment
  let cheese: Establishment

  beforeEach(async () => {
    street = await shoppingStreet(api, getContainer())
    bakery = await street.establishment("reservation", { price: 1.2 })
    cheese = await street.establishment("reservation", { price: 6.5 })
  })

  const checkout = async (locale?: string) => {
    const cartId = await street.cart(
      [
        { variantId: bakery.variantId, quantity: 2 },
        { variantId: cheese.variantId, quantity: 1 },
      ],
      { locale }
    )
    const { data } = await api.post(`/store/carts/${cartId}/checkout`, {}, street.store)
    return data.order_group as { id: string; orders: { id: string; seller: { id: string }; reservation: { id: string } }[] }
  }
  const aboutGroup = (groupId: string) => mails().to(SHOPPER).filter((mail) => String(mail.text).includes(groupId))
  const links = (mail: ParsedMail) => [...String(mail.html).matchAll(/href="([^"]+)"/g)].map((m) => m[1])

  it("sends one e-mail to the shopper for a 2-establishment reservation and one to each establishment, never twice", async () => {
    const group = await checkout()
    const shopperMail = await eventually(async () => {
      const [mail, ...more] = aboutGroup(group.id)
      expect(mail).toBeDefined()
      expect(more).toEqual([])
      return mail
    })
    const [bakeryMail, cheeseMail] = await eventually(async () => {
      const received = [mails().to(bakery.merchantEmail), mails().to(cheese.merchantEmail)]
      expect(received.map((r) => r.length)).toEqual([1, 1])
      return received.map(([mail]) => mail)
    })

    // The shopper's: both establishments, both parts, the commune's emblem, a link to the checkout.
    const checkoutPage = `${STOREFRONT_URL}/commande/${group.id}`
    const bakeryName = String(bakeryMail.subject).split(" — ")[1]
    const cheeseName = String(cheeseMail.subject).split(" — ")[1]
    expect(shopperMail.subject).toBe(`Commande enregistrée chez ${bakeryName} et ${cheeseName}`)
    expect(shopperMail.text).toContain("Merci ! Votre commande auprès de 2 établissements est enregistrée.")
    expect(shopperMail.text).toContain("- 2 × Article 1 (reservation)")
    expect(shopperMail.text).toContain("- 1 × Article 2 (reservation)")
    expect(shopperMail.text).toContain(`Suivre ma commande : ${checkoutPage}`)
    expect(shopperMail.text).toContain("\n-- \nVous recevez ce message parce qu'une commande ou une réservation")
    expect(shopperMail.html).toContain('<html lang="fr">')
    expect(shopperMail.html).toContain(`<img src="${STREET_LOGO}"`)
    expect(links(shopperMail)).toContain(checkoutPage)
    expect(shopperMail.html).toContain(">Suivre ma commande</a>")
    expect(shopperMail.headers.get("x-enjoy-template")).toBe("marketplace-order-placed")

    // Each merchant's: only their establishment's part, and their reservations board.
    const board = (seller: Establishment) => `${STOREFRONT_URL}/pro/etablissements/${seller.sellerId}/reservations`
    expect(bakeryMail.subject).toMatch(/^Réservation n° \d+ demandée — /)
    expect(bakeryMail.text).toContain(`Nouvelle réservation n° `)
    expect(bakeryMail.text).toContain("- 2 × Article 1 (reservation)")
    expect(bakeryMail.text).not.toContain("Article 2")
    expect(links(bakeryMail)).toContain(board(bakery))
    expect(links(cheeseMail)).toContain(board(cheese))
    expect(cheeseMail.html).toContain(">Ouvrir le tableau des réservations</a>")
    expect(cheeseMail.html).toContain(`<img src="${STREET_LOGO}"`)

    // What the subscriber runs, run again for the same checkout: the module knows every key, nothing leaves.
    const attempts = mails().attempts()
    await notifyOrdersWorkflow(getContainer()).run({
      input: { order_ids: group.orders.map((o) => o.id), order_group_id: group.id, storefront_url: STOREFRONT_URL },
    })
    expect(mails().attempts()).toBe(attempts)
    expect(aboutGroup(group.id)).toHaveLength(1)
    expect(mails().to(bakery.merchantEmail)).toHaveLength(1)
  })

  it("writes to a shopper who shopped in English in English, with the English page", async () => {
    const group = await checkout("en")
    const [mail] = await eventually(async () => {
      const received = aboutGroup(group.id)
      expect(received).toHaveLength(1)
      return received
    })
    expect(mail.subject).toMatch(/^Order placed with .+ and .+$/)
    expect(mail.text).toContain(`Follow my order: ${STOREFRONT_URL}/en/commande/${group.id}`)
    expect(mail.text).toContain("You receive this message because an order or a reservation was made")
    expect(mail.html).toContain('<html lang="en">')
    // The merchants read French whatever the shopper's language.
    const [merchantMail] = await eventually(async () => {
      const received = mails().to(bakery.merchantEmail)
      expect(received).toHaveLength(1)
      return received
    })
    expect(merchantMail.subject).toMatch(/^Réservation n° \d+ demandée/)
  })

  it("sends once an e-mail whose SMTP server answered 451 then recovered", async () => {
    const group = await checkout()
    await eventually(async () => expect(mails().to(bakery.merchantEmail)).toHaveLength(1))
    const bakeryOrder = group.orders.find((o) => o.seller.id === bakery.sellerId)!
    const confirmed = () => aboutGroup(group.id).filter((mail) => /^Réservation n° \d+ confirmée/.test(String(mail.subject)))

    const attempts = mails().attempts()
    mails().failNext(1, 451)
    await api.post(`/vendor/sellers/${bakery.sellerId}/reservations/${bakeryOrder.reservation.id}`, { status: "confirmed" }, bakery.merchant)
    const [mail] = await eventually(async () => {
      expect(confirmed()).toHaveLength(1)
      return confirmed()
    })
    expect(mail.text).toContain("a confirmé votre réservation")
    // The shopper's e-mail was offered twice (451, then accepted), the merchant's once.
    expect(mails().attempts() - attempts).toBe(3)
    expect(mails().to(bakery.merchantEmail).filter((m) => /confirmée/.test(String(m.subject)))).toHaveLength(1)
  })
}
