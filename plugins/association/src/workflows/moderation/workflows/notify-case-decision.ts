import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { decisionMessage } from "../../../lib/decision-messages"
import type { Decision, ModerationPolicy, ModerationSubject } from "../../../lib/moderation"

export const notifyCaseDecisionWorkflowId = "notify-case-decision"

/** E-mails the establishment's merchants what was decided on their change, and why, in French. */
export const notifyCaseDecisionWorkflow = createWorkflow(notifyCaseDecisionWorkflowId, (input: { case_id: string }) => {
  const { data: cases } = useQueryGraphStep({
    entity: "moderation_case",
    fields: ["id", "subject", "status", "policy", "reason", "decided_at", "seller.name", "seller.members.merchant.email"],
    filters: { id: input.case_id },
  })
  const notifications = transform({ cases }, ({ cases }) => {
    const found = cases[0] as unknown as {
      id: string
      subject: ModerationSubject
      status: Decision | "pending"
      policy: ModerationPolicy
      reason: string | null
      decided_at: string
      seller: { name: string; members: { merchant: { email: string } }[] }
    }
    if (!found || found.status === "pending") {
      return []
    }
    const message = decisionMessage({
      subject: found.subject,
      seller_name: found.seller.name,
      decision: found.status,
      reason: found.reason,
      policy: found.policy,
    })
    return found.seller.members.map(({ merchant }) => ({
      to: merchant.email,
      channel: "email",
      template: `moderation-${found.status}`,
      data: message,
      resource_id: found.id,
      resource_type: "moderation_case",
      idempotency_key: `${found.id}:${found.decided_at}:${merchant.email}`,
    }))
  })
  sendNotificationsStep(notifications)
  return new WorkflowResponse(notifications)
})
