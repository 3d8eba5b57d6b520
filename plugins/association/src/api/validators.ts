import { VendorCreateProduct, VendorUpdateProduct } from "@enjoy/marketplace/vendor"
import { z } from "@medusajs/framework/zod"
import { email, httpUrl, page, text } from "@enjoy/kernel"
import { CASE_STATUSES, DECISIONS, MODERATION_POLICIES, MODERATION_SUBJECTS, MODERATOR_ROLES } from "../lib/moderation"

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Field 'slug' must be lowercase words separated by hyphens")

export const AdminCreateAssociation = z
  .object({
    name: text({ min: 2, max: 120 }),
    slug,
    email: email(),
    phone: text({ max: 30 }).nullish(),
    website: httpUrl().nullish(),
    logo_url: httpUrl().nullish(),
    policy: z.enum(MODERATION_POLICIES),
    commune_ids: z.array(z.string().min(1)).min(1, "Field 'commune_ids' needs at least one commune"),
  })
  .strict()
export type AdminCreateAssociationType = z.infer<typeof AdminCreateAssociation>

export const InviteModerator = z.object({ email: email(), role: z.enum(MODERATOR_ROLES) }).strict()
export type InviteModeratorType = z.infer<typeof InviteModerator>

export const AcceptModeratorInvite = z
  .object({
    token: z.string().min(20).max(200),
    first_name: text({ max: 80 }).nullish(),
    last_name: text({ max: 80 }).nullish(),
  })
  .strict()
export type AcceptModeratorInviteType = z.infer<typeof AcceptModeratorInvite>

export const InviteMember = z.object({ seller_id: z.string().min(1) }).strict()
export type InviteMemberType = z.infer<typeof InviteMember>

export const ListCases = z
  .object({
    status: z.enum(CASE_STATUSES).optional(),
    subject: z.enum(MODERATION_SUBJECTS).optional(),
    association_id: text({ max: 100 }).optional(),
    fallback: z.enum(["true", "false"]).optional(),
    ...page({ limit: 50, max: 200 }),
  })
  .strict()
export type ListCasesType = z.infer<typeof ListCases>

export const DecideCase = z
  .object({ decision: z.enum(DECISIONS), reason: text({ max: 1000 }).nullish() })
  .strict()
export type DecideCaseType = z.infer<typeof DecideCase>

export const MerchantMembership = z.object({ status: z.enum(["active", "left"]) }).strict()
export type MerchantMembershipType = z.infer<typeof MerchantMembership>

/** Assisted entry takes exactly what the merchant's own product routes take. */
export const OnBehalfProduct = VendorCreateProduct
export type OnBehalfProductType = z.infer<typeof OnBehalfProduct>
export const OnBehalfProductUpdate = VendorUpdateProduct
export type OnBehalfProductUpdateType = z.infer<typeof OnBehalfProductUpdate>
