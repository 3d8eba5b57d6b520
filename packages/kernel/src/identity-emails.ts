/** What an auth identity holds that matters to an invitation: its provider identities. */
export type IdentityWithProviders = { provider_identities?: { entity_id: string }[] | null } | null | undefined

/**
 * The e-mails an auth identity signs in with (the entity ids of its emailpass
 * identities), lower case: an invitation is accepted only by the address it
 * was sent to, whatever its case.
 */
export function identityEmails(identity: IdentityWithProviders): string[] {
  return (identity?.provider_identities ?? []).map((provider) => provider.entity_id.toLowerCase())
}
