import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput, CreateNotificationDTO } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { type CheckoutPart, checkoutShopperMessage, merchantMessages } from "../../../lib/order-messages"
import { BOARD_LABEL, followLabel, type Message, messageLanguage, shopperReservationMessage } from "../../../lib/reservation-messages"
import type { ReservationStatus } from "../../../lib/reservation-status"

type Commune = { name: string; logo_url?: string | null }

export type NotifiedOrder = {
  id: string
  display_id: number
  email: string
  locale?: string | null
  items: { title: string; quantity: BigNumberInput }[]
  seller: { id: string; name: string; commune?: Commune | null; members: { merchant: { email: string } }[] }
  order_group?: { id: string } | null
  reservation?: { id: string; status: ReservationStatus; pickup_deadline: Date | string; decline_reason?: string | null } | null
}

export type BuildOrderMessagesInput = {
  orders: NotifiedOrder[]
  /** Set for a checkout: the shopper then gets one e-mail for all its establishments. */
  order_group_id?: string
  storefront_url: string
}

/** A logo the e-mail can show: an address on the web, made absolute against the storefront. */
function emailCommune(commune: Commune | null | undefined, storefrontUrl: string): Commune | null {
  if (!commune) return null
  const logo = commune.logo_url && !commune.logo_url.startsWith("data:") ? new URL(commune.logo_url, storefrontUrl).href : null
  return { name: commune.name, logo_url: logo }
}

const step = (order: NotifiedOrder) => order.reservation?.status ?? "paid"
const resourceOf = (order: NotifiedOrder): [type: string, id: string] =>
  order.reservation ? ["pickup_reservation", order.reservation.id] : ["order", order.id]

function notification(message: Message, commune: Commune | null, template: string, [type, id]: [string, string]): CreateNotificationDTO {
  return {
    to: message.to,
    channel: "email",
    template,
    data: {
      subject: message.subject,
      text: message.text,
      link: message.link,
      link_label: message.link.includes("/pro/") ? BOARD_LABEL : followLabel(message.language),
      locale: message.language,
      commune,
    },
    resource_id: id,
    resource_type: type,
    // The same step is never announced twice to the same person, even if the event is delivered again.
    idempotency_key: `${id}:${template.replace("marketplace-order-", "")}:${message.to}`,
  }
}

/**
 * Turns orders (and their reservations) into e-mail notifications: a checkout gives the shopper one
 * e-mail for all its establishments and each establishment's merchants one each; a reservation that
 * moves tells its shopper and its merchants. Each carries its link, its commune and its language.
 */
export const buildOrderMessagesStep = createStep("build-order-messages", async (input: BuildOrderMessagesInput) => {
  const site = input.storefront_url.replace(/\/+$/, "")
  const communeOf = (order: NotifiedOrder) => emailCommune(order.seller.commune, site)
  // The checkout's page, in the shopper's language (English under /en).
  const shopperLink = (order: NotifiedOrder) =>
    `${site}${messageLanguage(order.locale) === "en" ? "/en" : ""}/commande/${input.order_group_id ?? order.order_group?.id ?? ""}`
  const part = (order: NotifiedOrder): CheckoutPart => {
    const facts = {
      order_display_id: order.display_id,
      seller_name: order.seller.name,
      shopper_email: order.email,
      merchant_emails: order.seller.members.map((m) => m.merchant.email),
      // Inside a workflow, quantities are BigNumber objects rather than plain numbers.
      lines: order.items.map((i) => ({ title: i.title, quantity: MathBN.convert(i.quantity).toNumber() })),
      language: messageLanguage(order.locale),
      links: {
        shopper: shopperLink(order),
        merchant: `${site}/pro/etablissements/${order.seller.id}/reservations`,
      },
    }
    return order.reservation ? { reservation: { ...facts, ...order.reservation } } : { online: facts }
  }
  const merchants = (order: NotifiedOrder) =>
    merchantMessages(part(order)).map((m) => notification(m, communeOf(order), `marketplace-order-${step(order)}`, resourceOf(order)))

  if (input.order_group_id) {
    if (!input.orders.length) return new StepResponse([] as CreateNotificationDTO[])
    const [first] = input.orders
    const single = input.orders.length === 1
    const shopper = checkoutShopperMessage({
      shopper_email: first.email,
      language: messageLanguage(first.locale),
      link: shopperLink(first),
      parts: input.orders.map(part),
    })
    // The shopper's e-mail wears the commune's colours when every establishment is in the same one.
    const communes = new Set(input.orders.map((o) => o.seller.commune?.name))
    return new StepResponse([
      notification(
        shopper,
        communes.size === 1 ? communeOf(first) : null,
        single ? `marketplace-order-${step(first)}` : "marketplace-order-placed",
        single ? resourceOf(first) : ["order_group", input.order_group_id]
      ),
      ...input.orders.flatMap(merchants),
    ])
  }
  return new StepResponse(
    input.orders.flatMap((order) => {
      const current = part(order)
      if (!("reservation" in current)) return []
      const shopper = shopperReservationMessage(current.reservation)
      return [notification(shopper, communeOf(order), `marketplace-order-${step(order)}`, resourceOf(order)), ...merchants(order)]
    })
  )
})
