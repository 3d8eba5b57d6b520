import { changeSellerStatusWorkflow, updateSellerWorkflow } from "@enjoy/marketplace/workflows"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { type Decision, productUpdateFor } from "../../../lib/moderation"
import type { ActorScope } from "../../../lib/scope"
import { createAuditEntryStep, updateModerationCaseStep, validateDecisionStep } from "../steps"

export const decideModerationCaseWorkflowId = "decide-moderation-case"

/** Emitted after every decision: the merchant is told by e-mail. */
export const CASE_DECIDED = "association.moderation_case.decided"

/**
 * A moderator (or an agent for the fallback queue, or the operator) decides
 * on a case. The decision is recorded, then its effect on the public content
 * applied — publish a held change, take down a published one, open or return
 * an establishment, publish or withdraw a product — then audited. If
 * publishing fails, the case is back as it was and nothing is audited.
 */
export const decideModerationCaseWorkflow = createWorkflow(
  decideModerationCaseWorkflowId,
  (input: { case_id: string; decision: Decision; reason?: string | null; scope: ActorScope }) => {
    const { data: cases } = useQueryGraphStep({
      entity: "moderation_case",
      fields: ["*"],
      filters: { id: input.case_id },
    })
    const found = transform({ cases }, ({ cases }) => cases[0])
    const { effect } = validateDecisionStep({
      moderation_case: found,
      decision: input.decision,
      reason: input.reason,
      scope: input.scope,
    })
    const decided = updateModerationCaseStep(
      transform({ input }, ({ input }) => ({
        id: input.case_id,
        status: input.decision,
        reason: input.reason,
        decided_by: input.scope.actor_id,
        decided_by_type: input.scope.actor_type,
      }))
    )

    when("publish-profile", { found, effect }, ({ found, effect }) => found.subject === "seller_profile" && effect !== "none").then(
      () => {
        updateSellerWorkflow.runAsStep({
          input: transform({ found, effect }, ({ found, effect }) => ({
            id: found.subject_id,
            update: (effect === "publish" ? found.proposed : found.previous) as Record<string, unknown>,
          })),
        })
      }
    )
    const { data: sellers } = useQueryGraphStep({
      entity: "seller",
      fields: ["id", "status"],
      filters: { id: transform({ found }, ({ found }) => found?.seller_id ?? "__none__") },
    }).config({ name: "decided-seller" })
    // Only a request still waiting moves the establishment: the operator may have decided it already.
    when("decide-opening", { found, sellers }, ({ found, sellers }) => found.subject === "seller_opening" && sellers[0]?.status === "pending").then(() => {
      changeSellerStatusWorkflow.runAsStep({
        input: transform({ found, input }, ({ found, input }) => ({
          id: found.subject_id,
          status: input.decision === "approved" ? ("open" as const) : ("draft" as const),
        })),
      })
    })
    when("publish-product", { found, effect }, ({ found, effect }) => found.subject === "product" && effect !== "none").then(() => {
      updateProductsWorkflow.runAsStep({
        input: transform({ found, effect }, ({ found, effect }) => ({
          selector: { id: found.subject_id },
          update: productUpdateFor(
            effect as "publish" | "take_down",
            found.proposed as Record<string, unknown>,
            found.previous as Record<string, unknown> | null
          ),
        })),
      })
    })

    createAuditEntryStep(
      transform({ found, input }, ({ found, input }) => ({
        action: "decision" as const,
        actor_type: input.scope.actor_type,
        actor_id: input.scope.actor_id,
        association_id: found.association_id,
        commune_id: found.commune_id,
        seller_id: found.seller_id,
        subject: found.subject,
        subject_id: found.subject_id,
        case_id: found.id,
        before: { status: found.status, ...(found.previous ? { content: found.previous } : {}) },
        after: { status: input.decision, reason: input.reason ?? null, content: found.proposed },
      }))
    )
    // Content owned by other plugins (bons plans, events) is published or withdrawn by them.
    const decidedHook = createHook(
      "caseDecided",
      transform({ found, input, effect }, ({ found, input, effect }) => ({
        subject: found.subject as string,
        subject_id: found.subject_id as string,
        policy: found.policy as "pre" | "post",
        decision: input.decision,
        effect,
      }))
    )
    emitEventStep({ eventName: CASE_DECIDED, data: { id: input.case_id } })
    return new WorkflowResponse(decided, { hooks: [decidedHook] })
  }
)
