import { z } from "@medusajs/framework/zod"
import { sellerProfileShape } from "../utils/seller-profile"

export const VendorAcceptInvite = z
  .object({
    token: z.string().min(20).max(200),
    first_name: z.string().trim().max(80).nullish(),
    last_name: z.string().trim().max(80).nullish(),
  })
  .strict()
export type VendorAcceptInviteType = z.infer<typeof VendorAcceptInvite>

// The commerce mode moves up through its own checked route (prerequisites), not here.
const { commerce_mode: _mode, ...vendorProfileShape } = sellerProfileShape

export const VendorUpdateSeller = z.object(vendorProfileShape).partial().strict()
export type VendorUpdateSellerType = z.infer<typeof VendorUpdateSeller>

export const VendorImportOpeningHours = z
  .object({ osm: z.string().trim().min(1, "Field 'osm' is required").max(2_000) })
  .strict()
export type VendorImportOpeningHoursType = z.infer<typeof VendorImportOpeningHours>
