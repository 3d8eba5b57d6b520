import { z } from "@medusajs/framework/zod"
import { euros, httpUrl, text } from "@enjoy/kernel"
import { MERCHANT_RESERVATION_STATUSES, RESERVATION_STATUSES } from "../../lib/reservation-status"
import { MAX_ALT_LENGTH, MAX_PHOTOS } from "../../lib/seller-photos"
import { COMMERCE_MODES } from "../../lib/seller-status"
import { sellerProfileShape } from "../utils/seller-profile"

export const VendorAcceptInvite = z
  .object({
    token: z.string().min(20).max(200),
    first_name: text({ max: 80 }).nullish(),
    last_name: text({ max: 80 }).nullish(),
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

export const VendorCreateProduct = z
  .object({
    title: text({ min: 1, max: 200 }),
    description: text({ max: 5_000 }).nullish(),
    handle: z
      .string()
      .max(120)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Field 'handle' must be lowercase words separated by hyphens")
      .optional(),
    sku: text({ max: 64 }).nullish(),
    price: euros({ max: 100_000 }),
    quantity: z.number().int().min(0).max(1_000_000),
  })
  .strict()
export type VendorCreateProductType = z.infer<typeof VendorCreateProduct>

export const VendorChangeCommerceMode = z.object({ commerce_mode: z.enum(COMMERCE_MODES) }).strict()
export type VendorChangeCommerceModeType = z.infer<typeof VendorChangeCommerceMode>

export const VendorUpdateProduct = VendorCreateProduct.pick({ title: true, description: true, price: true, quantity: true })
  .partial()
  .strict()
export type VendorUpdateProductType = z.infer<typeof VendorUpdateProduct>

export const VendorListReservations = z
  .object({ status: z.union([z.enum(RESERVATION_STATUSES), z.array(z.enum(RESERVATION_STATUSES))]).optional() })
  .strict()
export type VendorListReservationsType = z.infer<typeof VendorListReservations>

export const VendorMoveReservation = z
  .object({
    status: z.enum(MERCHANT_RESERVATION_STATUSES),
    reason: text({ max: 500 }).nullish(),
  })
  .strict()
export type VendorMoveReservationType = z.infer<typeof VendorMoveReservation>

export const VendorRemovePhoto = z.object({ url: httpUrl() }).strict()
export type VendorRemovePhotoType = z.infer<typeof VendorRemovePhoto>

const checked = z.enum(["true", "false", "on", "1", "0"]).transform((value) => value === "true" || value === "on" || value === "1")

/** The text fields sent with the photos (multipart): `alt` and `decorative`, repeated in the files' order. */
export const VendorPhotoTexts = z
  .object({
    alt: z.array(text({ max: MAX_ALT_LENGTH })).max(MAX_PHOTOS).default([]),
    decorative: z.array(checked).max(MAX_PHOTOS).default([]),
  })
  .strict()

/** Every photo of the vitrine, kept in the order wanted (the first is the cover) with its text, or taken off. */
export const VendorArrangePhotos = z
  .object({
    photos: z
      .array(z.object({ url: httpUrl(), alt: text({ max: MAX_ALT_LENGTH }).optional(), decorative: z.boolean().optional() }).strict())
      .max(MAX_PHOTOS),
    remove: z.array(httpUrl()).max(MAX_PHOTOS).default([]),
  })
  .strict()
export type VendorArrangePhotosType = z.infer<typeof VendorArrangePhotos>
