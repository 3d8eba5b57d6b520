import { LABELS, type ReservationStatus } from "./reservation-status"

export type MessageLine = { title: string; quantity: number }

/** The languages a shopper reads their e-mails in (their cart's locale); merchants read French. */
export type MessageLanguage = "fr" | "en"

export type Message = { to: string; subject: string; text: string; link: string; language: MessageLanguage }

/** The order's locale as we write e-mails in it: English for `en`, `en-GB`…; French otherwise. */
export const messageLanguage = (locale?: string | null): MessageLanguage => (/^en\b/i.test(locale ?? "") ? "en" : "fr")

const FORMATS: Record<MessageLanguage, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
}

/** "mardi 27 octobre à 10:00" ("Tuesday 27 October at 10:00"), in Paris time whatever the server's zone. */
export function parisDateTime(date: Date | string, language: MessageLanguage = "fr"): string {
  const parts = FORMATS[language].formatToParts(new Date(date))
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ""
  const at = language === "fr" ? "à" : "at"
  return `${get("weekday")} ${get("day")} ${get("month")} ${at} ${get("hour")}:${get("minute")}`
}

export const listLines = (lines: MessageLine[]) => lines.map((l) => `- ${l.quantity} × ${l.title}`).join("\n")

export type ReservationFacts = {
  status: ReservationStatus
  order_display_id: number | string
  seller_name: string
  shopper_email: string
  merchant_emails: string[]
  pickup_deadline: Date | string
  decline_reason?: string | null
  lines: MessageLine[]
  /** The shopper's language (their order's locale). */
  language?: MessageLanguage
  /** Where the shopper follows the checkout, and where the merchants handle it. */
  links: { shopper: string; merchant: string }
}

type Texts = Record<ReservationStatus, (f: ReservationFacts) => string>

const SHOPPER_TEXT: Record<MessageLanguage, Texts> = {
  fr: {
    requested: (f) =>
      `Votre réservation n° ${f.order_display_id} chez ${f.seller_name} est enregistrée. Le commerçant va la confirmer.\n` +
      `À retirer et payer en boutique avant le ${parisDateTime(f.pickup_deadline)}.`,
    confirmed: (f) => `${f.seller_name} a confirmé votre réservation n° ${f.order_display_id}. Nous vous préviendrons quand elle sera prête.`,
    ready: (f) =>
      `Votre réservation n° ${f.order_display_id} est prête chez ${f.seller_name}. ` +
      `Passez la retirer et la payer avant le ${parisDateTime(f.pickup_deadline)}.`,
    collected: (f) => `Vous avez retiré votre réservation n° ${f.order_display_id} chez ${f.seller_name}. Merci et à bientôt !`,
    declined: (f) =>
      `${f.seller_name} ne peut pas honorer votre réservation n° ${f.order_display_id}. Raison : ${f.decline_reason ?? "non précisée"}.`,
    expired: (f) => `Votre réservation n° ${f.order_display_id} chez ${f.seller_name} n'a pas été retirée à temps : elle est annulée.`,
    cancelled: (f) => `Votre réservation n° ${f.order_display_id} chez ${f.seller_name} est annulée.`,
  },
  en: {
    requested: (f) =>
      `Your reservation no. ${f.order_display_id} at ${f.seller_name} is booked. The shop will confirm it.\n` +
      `Collect it and pay in the shop before ${parisDateTime(f.pickup_deadline, "en")}.`,
    confirmed: (f) => `${f.seller_name} confirmed your reservation no. ${f.order_display_id}. We will tell you when it is ready.`,
    ready: (f) =>
      `Your reservation no. ${f.order_display_id} is ready at ${f.seller_name}. ` +
      `Collect it and pay before ${parisDateTime(f.pickup_deadline, "en")}.`,
    collected: (f) => `You collected your reservation no. ${f.order_display_id} at ${f.seller_name}. Thank you, see you soon!`,
    declined: (f) =>
      `${f.seller_name} cannot fulfil your reservation no. ${f.order_display_id}. Reason: ${f.decline_reason ?? "not given"}.`,
    expired: (f) => `Your reservation no. ${f.order_display_id} at ${f.seller_name} was not collected in time: it is cancelled.`,
    cancelled: (f) => `Your reservation no. ${f.order_display_id} at ${f.seller_name} is cancelled.`,
  },
}

const MERCHANT_TEXT: Texts = {
  requested: (f) =>
    `Nouvelle réservation n° ${f.order_display_id} de ${f.shopper_email}, à confirmer. ` +
    `Retrait au plus tard le ${parisDateTime(f.pickup_deadline)}.`,
  confirmed: (f) => `Vous avez confirmé la réservation n° ${f.order_display_id}. Préparez-la puis indiquez qu'elle est prête.`,
  ready: (f) => `La réservation n° ${f.order_display_id} est prête : le client en est informé.`,
  collected: (f) => `La réservation n° ${f.order_display_id} a été retirée et réglée en boutique.`,
  declined: (f) => `Vous avez refusé la réservation n° ${f.order_display_id} (${f.decline_reason ?? ""}). Le stock est remis en vente.`,
  expired: (f) =>
    `La réservation n° ${f.order_display_id} n'a pas été retirée avant l'échéance : elle est annulée et le stock remis en vente.`,
  cancelled: (f) => `Le client a annulé la réservation n° ${f.order_display_id}. Le stock est remis en vente.`,
}

const LABELS_EN: Record<ReservationStatus, string> = {
  requested: "booked",
  confirmed: "confirmed",
  ready: "ready",
  collected: "collected",
  declined: "declined",
  expired: "expired",
  cancelled: "cancelled",
}

export const followLabel = (language: MessageLanguage) => (language === "fr" ? "Suivre ma commande" : "Follow my order")

/** "Suivre ma commande : https://…" — French puts a space before the colon, English does not. */
export const followLine = (language: MessageLanguage, link: string) =>
  `${followLabel(language)}${language === "fr" ? " : " : ": "}${link}`
export const BOARD_LABEL = "Ouvrir le tableau des réservations"

/** The shopper's paragraph about one reservation, in their language: also a block of the checkout summary. */
export function shopperReservationText(facts: ReservationFacts): string {
  const language = facts.language ?? "fr"
  return `${SHOPPER_TEXT[language][facts.status](facts)}\n\n${listLines(facts.lines)}`
}

export function reservationSubject(facts: ReservationFacts, language: MessageLanguage): string {
  return language === "en"
    ? `Reservation no. ${facts.order_display_id} ${LABELS_EN[facts.status]} — ${facts.seller_name}`
    : `Réservation n° ${facts.order_display_id} ${LABELS[facts.status]} — ${facts.seller_name}`
}

/** The shopper's e-mail when a reservation moves. */
export function shopperReservationMessage(facts: ReservationFacts): Message {
  const language = facts.language ?? "fr"
  return {
    to: facts.shopper_email,
    subject: reservationSubject(facts, language),
    text: `${shopperReservationText(facts)}\n\n${followLine(language, facts.links.shopper)}`,
    link: facts.links.shopper,
    language,
  }
}

/** One e-mail per merchant of the establishment when a reservation arrives or moves. */
export function merchantReservationMessages(facts: ReservationFacts): Message[] {
  const text = `${MERCHANT_TEXT[facts.status](facts)}\n\n${listLines(facts.lines)}\n\n${BOARD_LABEL} : ${facts.links.merchant}`
  const subject = reservationSubject(facts, "fr")
  return facts.merchant_emails.map((to) => ({ to, subject, text, link: facts.links.merchant, language: "fr" as const }))
}

/** The e-mails sent to the shopper and to the establishment's merchants when a reservation moves. */
export function reservationMessages(facts: ReservationFacts): Message[] {
  return [shopperReservationMessage(facts), ...merchantReservationMessages(facts)]
}
