/** The e-mail answering a claim, in French: the invitation link when approved, the reason when refused. */
export function claimDecisionMessage(input: {
  email: string
  establishment: string
  decision: "approved" | "rejected"
  reason: string | null
  invite_token: string | null
  storefront_url: string
  claim_id: string
}) {
  const approved = input.decision === "approved" && input.invite_token
  const link = approved ? new URL("/pro/invitation", input.storefront_url) : null
  link?.searchParams.set("jeton", input.invite_token!)
  const text = approved
    ? [
        "Bonjour,",
        "",
        `La commune a accepté votre demande : vous pouvez gérer la vitrine de « ${input.establishment} » sur Enjoy.`,
        "Créez votre accès avec ce lien (il ne sert qu'une fois et expire dans quelques jours) :",
        link!.toString(),
      ]
    : ["Bonjour,", "", `La commune n'a pas accepté votre demande pour « ${input.establishment} ».`, `Motif : ${input.reason ?? "non précisé"}`]
  return {
    to: input.email,
    channel: "email",
    template: "establishment-claim",
    data: {
      subject: approved ? `Votre vitrine « ${input.establishment} » vous attend` : `Votre demande pour « ${input.establishment} »`,
      text: text.join("\n"),
      link: link?.toString() ?? null,
    },
    idempotency_key: `establishment-claim:${input.claim_id}`,
  }
}
