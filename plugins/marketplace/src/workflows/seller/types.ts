import type { OpeningHours } from "@enjoy/kernel"
import type { PhotoMetaColumn } from "../../lib/seller-photos"
import type { CommerceMode, SellerKind, SellerStatus } from "../../lib/seller-status"

export type SellerProfileInput = {
  name: string
  handle: string
  kind: SellerKind
  categories?: string[]
  description?: string | null
  photos?: string[]
  address_1: string
  address_2?: string | null
  postal_code: string
  city: string
  latitude: number
  longitude: number
  phone?: string | null
  email?: string | null
  website?: string | null
  social_links?: Record<string, string> | null
  siret?: string | null
  accessibility?: Record<string, unknown> | null
  visit_info?: { conditions?: string | null; languages?: string[]; labels?: string[] } | null
  opening_hours?: OpeningHours | null
  commerce_mode?: CommerceMode
  pickup_deadline_hours?: number
  delivery?: { radius_km: number; fee: number } | null
}

export type CreateSellerInput = SellerProfileInput & { commune_id: string; status?: SellerStatus }

/** Photos' texts and sizes are written by the photo workflows only, never with a profile. */
export type UpdateSellerInput = Partial<SellerProfileInput> & { photo_meta?: PhotoMetaColumn | null }
