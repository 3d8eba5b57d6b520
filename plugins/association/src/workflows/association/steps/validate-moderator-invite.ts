import { hashInviteToken, identityEmails } from "@enjoy/kernel"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ASSOCIATION_MODULE, type AssociationModuleService } from "../../../modules/association"

/** Usable once, before it expires, by the address it was sent to, and not by someone already moderating there. */
export const validateModeratorInviteStep = createStep(
  "validate-moderator-invite",
  async (input: { token: string; auth_identity_id: string; moderator_id?: string }, { container }) => {
    const service = container.resolve<AssociationModuleService>(ASSOCIATION_MODULE)
    const [invite] = await service.listModeratorInvites({ token_hash: hashInviteToken(input.token) })
    if (!invite || invite.accepted_at || new Date(invite.expires_at) < new Date()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Cette invitation n'est plus valable (expirée ou déjà utilisée)")
    }
    const [identity] = await container
      .resolve(Modules.AUTH)
      .listAuthIdentities({ id: [input.auth_identity_id] }, { relations: ["provider_identities"] })
    const emails = identityEmails(identity)
    if (!emails.includes(invite.email)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Cette invitation a été envoyée à une autre adresse e-mail")
    }
    if (input.moderator_id) {
      const roles = await service.listAssociationModerators({ moderator_id: input.moderator_id, association_id: invite.association_id })
      if (roles.length) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Vous modérez déjà pour cette association")
      }
    }
    return new StepResponse({ id: invite.id, email: invite.email, role: invite.role, association_id: invite.association_id })
  }
)
