import {
  BOARD_LABEL,
  followLine,
  listLines,
  type Message,
  type MessageLanguage,
  type MessageLine,
  merchantReservationMessages,
  type ReservationFacts,
  shopperReservationMessage,
  shopperReservationText,
} from "./reservation-messages"

export type OnlineOrderFacts = {
  order_display_id: number | string
  seller_name: string
  shopper_email: string
  merchant_emails: string[]
  lines: MessageLine[]
  language?: MessageLanguage
  links: { shopper: string; merchant: string }
}

/** One establishment's part of a checkout: a reservation, or an order paid online. */
export type CheckoutPart = { reservation: ReservationFacts } | { online: OnlineOrderFacts }

function onlineShopperText(facts: OnlineOrderFacts): string {
  const intro =
    facts.language === "en"
      ? `Thank you! Your order no. ${facts.order_display_id} at ${facts.seller_name} is paid online.`
      : `Merci ! Votre commande n° ${facts.order_display_id} chez ${facts.seller_name} est payée en ligne.`
  return `${intro}\n\n${listLines(facts.lines)}`
}

function onlineSubject(facts: OnlineOrderFacts, language: MessageLanguage): string {
  return language === "en"
    ? `Order no. ${facts.order_display_id} — ${facts.seller_name}`
    : `Commande n° ${facts.order_display_id} — ${facts.seller_name}`
}

/** An order to prepare, one e-mail per merchant of the establishment. */
export function onlineMerchantMessages(facts: OnlineOrderFacts): Message[] {
  const text =
    `Nouvelle commande n° ${facts.order_display_id} payée en ligne par ${facts.shopper_email}, à préparer.` +
    `\n\n${listLines(facts.lines)}\n\n${BOARD_LABEL} : ${facts.links.merchant}`
  const subject = onlineSubject(facts, "fr")
  return facts.merchant_emails.map((to) => ({ to, subject, text, link: facts.links.merchant, language: "fr" as const }))
}

const sellerOf = (part: CheckoutPart) => ("reservation" in part ? part.reservation : part.online)

/** The e-mails of one establishment's merchants about their part of a checkout, with a link to their board. */
export const merchantMessages = (part: CheckoutPart): Message[] =>
  "reservation" in part ? merchantReservationMessages(part.reservation) : onlineMerchantMessages(part.online)

/**
 * The shopper's **one** e-mail about a checkout, however many establishments it spans: each
 * establishment's part in its own paragraph, and one link to the whole checkout.
 */
export function checkoutShopperMessage(input: {
  shopper_email: string
  language: MessageLanguage
  /** The checkout's page on the storefront, in the shopper's language. */
  link: string
  parts: CheckoutPart[]
}): Message {
  const { language, link, parts } = input
  if (parts.length === 1) {
    const [part] = parts
    return "reservation" in part
      ? shopperReservationMessage({ ...part.reservation, links: { ...part.reservation.links, shopper: link } })
      : {
          to: input.shopper_email,
          subject: onlineSubject(part.online, language),
          text: `${onlineShopperText(part.online)}\n\n${followLine(language, link)}`,
          link,
          language,
        }
  }
  const names = new Intl.ListFormat(language, { type: "conjunction" }).format(parts.map((p) => sellerOf(p).seller_name))
  const intro =
    language === "en"
      ? `Thank you! Your order with ${parts.length} shops is placed.`
      : `Merci ! Votre commande auprès de ${parts.length} établissements est enregistrée.`
  const blocks = parts.map((part) => ("reservation" in part ? shopperReservationText(part.reservation) : onlineShopperText(part.online)))
  return {
    to: input.shopper_email,
    subject: language === "en" ? `Order placed with ${names}` : `Commande enregistrée chez ${names}`,
    text: [intro, ...blocks, followLine(language, link)].join("\n\n"),
    link,
    language,
  }
}
