import { z } from "@medusajs/framework/zod"
import { text } from "@enjoy/kernel"
import { communeBrandingShape } from "../admin/communes/validators"

export const CommuneAcceptInvite = z
  .object({
    token: z.string().min(20).max(200),
    first_name: text({ max: 80 }).nullish(),
    last_name: text({ max: 80 }).nullish(),
    job_title: text({ max: 120 }).nullish(),
  })
  .strict()
export type CommuneAcceptInviteType = z.infer<typeof CommuneAcceptInvite>

export const CommuneUpdateBranding = z.object(communeBrandingShape).strict()
export type CommuneUpdateBrandingType = z.infer<typeof CommuneUpdateBranding>
