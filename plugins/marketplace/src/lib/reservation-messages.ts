import { LABELS, type ReservationStatus } from "./reservation-status"

export type MessageLine = { title: string; quantity: number }

export type Message = { to: string; subject: string; text: string }

const PARIS = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  weekday: "long",
  day: "numeric",
  month: "long",
  hour: "2-digit",
  minute: "2-digit",
})

/** "mardi 27 octobre à 10:00", in Paris time whatever the server's zone. */
export function parisDateTime(date: Date | string): string {
  const parts = PARIS.formatToParts(new Date(date))
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ""
  return `${get("weekday")} ${get("day")} ${get("month")} à ${get("hour")}:${get("minute")}`
}

const listLines = (lines: MessageLine[]) => lines.map((l) => `- ${l.quantity} × ${l.title}`).join("\n")

export type ReservationFacts = {
  status: ReservationStatus
  order_display_id: number | string
  seller_name: string
  shopper_email: string
  merchant_emails: string[]
  pickup_deadline: Date | string
  decline_reason?: string | null
  lines: MessageLine[]
}

const SHOPPER_TEXT: Record<ReservationStatus, (f: ReservationFacts) => string> = {
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
  expired: (f) =>
    `Votre réservation n° ${f.order_display_id} chez ${f.seller_name} n'a pas été retirée à temps : elle est annulée.`,
  cancelled: (f) => `Votre réservation n° ${f.order_display_id} chez ${f.seller_name} est annulée.`,
}

const MERCHANT_TEXT: Record<ReservationStatus, (f: ReservationFacts) => string> = {
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

/** The e-mails sent to the shopper and to the establishment's merchants when a reservation moves. */
export function reservationMessages(facts: ReservationFacts): Message[] {
  const subject = `Réservation n° ${facts.order_display_id} ${LABELS[facts.status]} — ${facts.seller_name}`
  const detail = `\n\n${listLines(facts.lines)}`
  return [
    { to: facts.shopper_email, subject, text: SHOPPER_TEXT[facts.status](facts) + detail },
    ...facts.merchant_emails.map((to) => ({ to, subject, text: MERCHANT_TEXT[facts.status](facts) + detail })),
  ]
}

export type OnlineOrderFacts = {
  order_display_id: number | string
  seller_name: string
  shopper_email: string
  merchant_emails: string[]
  lines: MessageLine[]
}

/** The e-mails of an order paid online: a receipt for the shopper, an order to prepare for the merchants. */
export function onlineOrderMessages(facts: OnlineOrderFacts): Message[] {
  const subject = `Commande n° ${facts.order_display_id} — ${facts.seller_name}`
  const detail = `\n\n${listLines(facts.lines)}`
  return [
    {
      to: facts.shopper_email,
      subject,
      text: `Merci ! Votre commande n° ${facts.order_display_id} chez ${facts.seller_name} est payée en ligne.${detail}`,
    },
    ...facts.merchant_emails.map((to) => ({
      to,
      subject,
      text: `Nouvelle commande n° ${facts.order_display_id} payée en ligne par ${facts.shopper_email}, à préparer.${detail}`,
    })),
  ]
}
