import type { Decision, ModerationSubject } from "./moderation"

/** What the change is, and whether its French noun is feminine (for the agreement of the participle). */
const SUBJECTS: Record<ModerationSubject, [string, boolean]> = {
  seller_opening: ["la demande d'ouverture", true],
  seller_profile: ["la modification de la vitrine", true],
  product: ["le produit", false],
  deal: ["le bon plan", false],
  event: ["l'événement", false],
}

/** The e-mail a merchant gets when a moderator decides on one of its changes, in French. */
export function decisionMessage(input: {
  subject: ModerationSubject
  seller_name: string
  decision: Decision
  reason?: string | null
  policy: "pre" | "post"
}): { subject: string; text: string } {
  const [what, feminine] = SUBJECTS[input.subject]
  const e = feminine ? "e" : ""
  const subject = `${input.seller_name} : ${what} — ${
    { approved: `approuvé${e}`, rejected: `refusé${e}`, changes_requested: "à corriger" }[input.decision]
  }`
  const What = `${what[0].toUpperCase()}${what.slice(1)}`
  const because = input.reason?.trim() ? ` Motif : ${input.reason.trim()}` : ""
  const text = {
    approved: `Bonne nouvelle : ${what} de ${input.seller_name} est approuvé${e}${input.policy === "pre" ? " et désormais visible du public" : ""}.`,
    rejected:
      (input.policy === "post"
        ? `${What} de ${input.seller_name} a été retiré${e} du public.`
        : `${What} de ${input.seller_name} est refusé${e}.`) +
      `${because} Votre brouillon est conservé : corrigez-le puis soumettez-le à nouveau.`,
    changes_requested: `Le modérateur demande des corrections sur ${what} de ${input.seller_name}.${because}`,
  }[input.decision]
  return { subject, text }
}
