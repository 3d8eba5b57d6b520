import { acceptAgentInviteWorkflow, inviteCommuneAgentWorkflow } from "@enjoy/commune/workflows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import type { SeededCommune } from "./communes"

/** Demo passwords: printed at the end of the seed, valid for the local demo only. */
export const DEMO_OPERATOR = { email: "operateur@enjoy.test", password: "enjoy-operateur" }
export const DEMO_AGENT_PASSWORD = "enjoy-agent"
export const agentEmail = (slug: string) => `agent.${slug}@enjoy.test`

/** "de Lille", "d'Armentières": French elides "de" before a vowel. */
const ofCommune = (name: string) =>
  /^[aeiouyàâéèêëîïôœùûü]/i.test(name.normalize("NFC")) ? `d'${name}` : `de ${name}`

/** Registers an emailpass identity, or finds the one that exists. */
export async function ensureIdentity(container: MedusaContainer, email: string, password: string) {
  const auth = container.resolve(Modules.AUTH)
  const [identity] = await auth.listAuthIdentities(
    { provider_identities: { entity_id: email, provider: "emailpass" } },
    { relations: ["provider_identities"] }
  )
  if (identity) {
    return identity
  }
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email, password },
  })
  if (!success || !authIdentity) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Could not register ${email}: ${error}`)
  }
  return authIdentity
}

/** The operator (a Medusa admin user) and one agent per commune, through the real invitation flow. */
export async function seedPeople(container: MedusaContainer, communes: SeededCommune[]) {
  const operator = await ensureIdentity(container, DEMO_OPERATOR.email, DEMO_OPERATOR.password)
  if (!operator.app_metadata?.user_id) {
    await createUserAccountWorkflow(container).run({
      input: {
        authIdentityId: operator.id,
        userData: { email: DEMO_OPERATOR.email, first_name: "Opératrice", last_name: "Métropole" },
      },
    })
  }

  const lines = [`opérateur (admin http://localhost:9000/app) : ${DEMO_OPERATOR.email} / ${DEMO_OPERATOR.password}`]
  const byName = [...communes].sort((a, b) => a.name.localeCompare(b.name, "fr"))
  for (const commune of byName) {
    const email = agentEmail(commune.slug)
    const identity = await ensureIdentity(container, email, DEMO_AGENT_PASSWORD)
    if (!identity.app_metadata?.agent_id) {
      const { result: invite } = await inviteCommuneAgentWorkflow(container).run({
        input: { commune_id: commune.id, email },
      })
      await acceptAgentInviteWorkflow(container).run({
        input: {
          token: invite.token,
          auth_identity_id: identity.id,
          first_name: "Agent",
          last_name: commune.name,
          job_title: "Manager de commerce",
        },
      })
    }
    lines.push(`agent ${ofCommune(commune.name)} : ${email} / ${DEMO_AGENT_PASSWORD}`)
  }
  return lines
}
