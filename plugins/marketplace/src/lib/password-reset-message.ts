/** Where each kind of account sets its new password in the storefront. */
const RESET_PAGES: Record<string, string> = {
  customer: "/compte/mot-de-passe",
  merchant: "/pro/mot-de-passe",
  moderator: "/pro/mot-de-passe",
  agent: "/pro/mot-de-passe",
}

export type PasswordResetRequest = { entity_id: string; actor_type: string; token: string }

/**
 * The e-mail that carries a password reset link, in French. The token is
 * Medusa's: it expires and works once. Null for an actor without a page.
 */
export function passwordResetMessage(request: PasswordResetRequest, storefrontUrl: string) {
  const page = RESET_PAGES[request.actor_type]
  if (!page) {
    return null
  }
  const link = new URL(page, storefrontUrl)
  link.searchParams.set("jeton", request.token)
  link.searchParams.set("acteur", request.actor_type)
  return {
    to: request.entity_id,
    channel: "email",
    template: "password-reset",
    data: {
      subject: "Choisissez un nouveau mot de passe Enjoy",
      text: [
        "Bonjour,",
        "",
        "Une demande de nouveau mot de passe a été faite pour votre accès à Enjoy. Pour le choisir, ouvrez ce lien (il ne sert qu'une fois et expire bientôt) :",
        link.toString(),
        "",
        "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.",
      ].join("\n"),
      link: link.toString(),
    },
    // One e-mail per token, however often the event is delivered.
    idempotency_key: `password-reset:${request.token.slice(-32)}`,
  }
}
