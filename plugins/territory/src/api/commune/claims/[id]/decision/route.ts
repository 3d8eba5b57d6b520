import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { territoryOptions } from "../../../../../utils/plugin-options"
import { decideClaimWorkflow } from "../../../../../workflows"
import { agentCommuneId } from "../../../../utils/agent-commune"
import type { DecideClaimType } from "../../../../validators"

/** The agent's decision on a claim of its commune; approving returns the invitation link too, in case the e-mail goes astray. */
export async function POST(req: AuthenticatedMedusaRequest<DecideClaimType>, res: MedusaResponse) {
  const { storefrontUrl } = territoryOptions(req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE))
  const { result } = await decideClaimWorkflow(req.scope).run({
    input: {
      claim_id: req.params.id,
      commune_id: await agentCommuneId(req),
      agent_id: req.auth_context.actor_id,
      storefront_url: storefrontUrl,
      ...req.validatedBody,
    },
  })
  const token = (result.invite as { token?: string } | undefined)?.token
  res.json({ claim: result.claim, invitation_link: token ? `${storefrontUrl}/pro/invitation?jeton=${token}` : null })
}
