import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { passwordResetMessage, type PasswordResetRequest } from "../../../lib/password-reset-message"

export const notifyPasswordResetWorkflowId = "notify-password-reset"

/** E-mails the reset link Medusa's `auth.password_reset` event carries (merchants, moderators, agents, shoppers). */
export const notifyPasswordResetWorkflow = createWorkflow(
  notifyPasswordResetWorkflowId,
  (input: PasswordResetRequest & { storefront_url: string }) => {
    const message = transform({ input }, ({ input }) => passwordResetMessage(input, input.storefront_url))
    when("has-a-reset-page", { message }, ({ message }) => !!message).then(() => {
      sendNotificationsStep(transform({ message }, ({ message }) => [message!]))
    })
    return new WorkflowResponse(message)
  }
)
