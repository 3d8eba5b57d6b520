import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * The emails an auth identity signs in with (its emailpass identities), lower
 * case: an invitation is accepted only by the address it was sent to.
 */
export async function authIdentityEmails(
  container: MedusaContainer,
  authIdentityId: string
): Promise<string[]> {
  const auth = container.resolve(Modules.AUTH)
  const [identity] = await auth.listAuthIdentities(
    { id: [authIdentityId] },
    { relations: ["provider_identities"] }
  )
  return (identity?.provider_identities ?? []).map((p) => p.entity_id.toLowerCase())
}
