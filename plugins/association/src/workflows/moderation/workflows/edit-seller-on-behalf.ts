import { updateSellerWorkflow } from "@enjoy/marketplace/workflows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { ActorScope } from "../../../lib/scope"
import { createAuditEntryStep, validateOnBehalfStep } from "../steps"

export const editSellerOnBehalfWorkflowId = "edit-seller-on-behalf"

/**
 * Assisted entry: a moderator types a member establishment's vitrine for it.
 * Published at once (the moderator is the reviewer) and audited with the
 * values before and after.
 */
export const editSellerOnBehalfWorkflow = createWorkflow(
  editSellerOnBehalfWorkflowId,
  (input: { scope: ActorScope; seller_id: string; update: Record<string, unknown> }) => {
    const { association_id } = validateOnBehalfStep(input)
    const { data: sellers } = useQueryGraphStep({
      entity: "seller",
      fields: ["*", "commune.id"],
      filters: { id: input.seller_id },
      options: { throwIfKeyNotFound: true },
    })
    const seller = updateSellerWorkflow.runAsStep({ input: { id: input.seller_id, update: input.update } })
    createAuditEntryStep(
      transform({ input, sellers, association_id }, ({ input, sellers, association_id }) => {
        const current = sellers[0] as Record<string, unknown> & { commune?: { id: string } }
        return {
          action: "on_behalf_edit" as const,
          actor_type: input.scope.actor_type,
          actor_id: input.scope.actor_id,
          association_id,
          commune_id: current.commune?.id ?? null,
          seller_id: input.seller_id,
          subject: "seller_profile",
          subject_id: input.seller_id,
          before: Object.fromEntries(Object.keys(input.update).map((k) => [k, current[k] ?? null])),
          after: input.update,
        }
      })
    )
    return new WorkflowResponse(seller)
  }
)
