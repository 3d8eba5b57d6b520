import { weeklyFromOsmOpeningHours } from "@enjoy/kernel"
import {
  acceptMerchantInviteWorkflow,
  changeSellerPhotosWorkflow,
  changeSellerStatusWorkflow,
  createSellerProductWorkflow,
  createSellerWorkflow,
  inviteMerchantWorkflow,
} from "@enjoy/marketplace/workflows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SeedEstablishment } from "../../data/establishments"
import type { SeededCommune } from "./communes"
import { KIND_COLOURS, placeholderPng } from "../placeholder-photo"
import { approveSeededProducts } from "./approve-seeded-products"
import { ensureIdentity } from "./people"

export const DEMO_MERCHANT_PASSWORD = "enjoy-commercant"
export const merchantEmail = (login: string) => `${login}@enjoy.test`

/** Creates the missing establishments through the same workflows as the API, then their merchants. */
export async function seedEstablishments(
  container: MedusaContainer,
  communes: SeededCommune[],
  establishments: SeedEstablishment[]
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const communeIds = new Map(communes.map((c) => [c.slug, c.id]))
  const { data: existing } = await query.graph({
    entity: "seller",
    fields: ["id", "handle", "kind", "photos", "members.merchant.email", "products.id"],
    filters: { handle: establishments.map((e) => e.handle) },
  })
  const byHandle = new Map(existing.map((s) => [s.handle, s]))
  const createdProducts: string[] = []

  for (const { commune, hours, status, merchant, products, ...profile } of establishments) {
    let seller = byHandle.get(profile.handle)
    if (!seller) {
      const { result } = await createSellerWorkflow(container).run({
        input: {
          ...profile,
          commune_id: communeIds.get(commune)!,
          opening_hours: { weekly: weeklyFromOsmOpeningHours(hours), exceptions: [] },
        },
      })
      for (const next of status === "open" ? ["pending", "open"] : status === "pending" ? ["pending"] : []) {
        await changeSellerStatusWorkflow(container).run({
          input: { id: result.id, status: next as "pending" | "open" },
        })
      }
      seller = { id: result.id, handle: result.handle, kind: result.kind, photos: [], members: [], products: [] }
    }

    const email = merchantEmail(merchant)
    const members: { merchant?: { email?: string } | null }[] = seller.members ?? []
    const runs = members.some((m) => m?.merchant?.email === email)
    if (!runs) {
      const identity = await ensureIdentity(container, email, DEMO_MERCHANT_PASSWORD)
      const { result: invite } = await inviteMerchantWorkflow(container).run({
        input: { seller_id: seller.id, email, role: "owner" },
      })
      await acceptMerchantInviteWorkflow(container).run({
        input: {
          token: invite.token,
          auth_identity_id: identity.id,
          merchant_id: (identity.app_metadata?.merchant_id as string | undefined) ?? undefined,
        },
      })
    }

    const identity = await ensureIdentity(container, email, DEMO_MERCHANT_PASSWORD)
    const merchantId = identity.app_metadata?.merchant_id as string
    if (!(seller.photos ?? []).length) {
      const [from, to] = KIND_COLOURS[profile.kind]
      await changeSellerPhotosWorkflow(container).run({
        input: {
          merchant_id: merchantId,
          seller_id: seller.id,
          files: [
            {
              filename: `${profile.handle}.png`,
              mimeType: "image/png",
              content: placeholderPng(640, 400, from, to).toString("base64"),
              // A gradient until the merchant's real photos: decorative, it says nothing to describe.
              decorative: true,
            },
          ],
        },
      })
    }

    if (products?.length && !(seller.products ?? []).length) {
      for (const product of products) {
        const { result: created } = await createSellerProductWorkflow(container).run({
          input: {
            merchant_id: merchantId,
            seller_id: seller.id,
            product,
          },
        })
        createdProducts.push(created.id)
      }
    }
  }
  await approveSeededProducts(container, createdProducts)

  const logins = [...new Set(establishments.map((e) => e.merchant))].sort()
  return [
    `commerçants (/auth/merchant/emailpass) : <identifiant>@enjoy.test / ${DEMO_MERCHANT_PASSWORD}, identifiants : ${logins.join(", ")}`,
  ]
}
