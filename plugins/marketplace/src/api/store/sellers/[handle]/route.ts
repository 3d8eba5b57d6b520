import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { openingState } from "../../../../lib/opening-state"

/** What a vitrine shows of each product; prices in euros (major units). */
const VITRINE_PRODUCT_FIELDS = [
  "products.id",
  "products.title",
  "products.handle",
  "products.description",
  "products.thumbnail",
  "products.status",
  "products.variants.id",
  "products.variants.prices.amount",
  "products.variants.prices.currency_code",
]

/** An open establishment's vitrine with its published products; a draft, suspended or closed one is a 404. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [seller],
  } = await query.graph({
    entity: "seller",
    fields: req.queryConfig.fields,
    filters: { handle: req.params.handle, status: "open" },
  })
  if (!seller) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Establishment with handle: ${req.params.handle} was not found`
    )
  }
  const {
    data: [withProducts],
  } = await query.graph({ entity: "seller", fields: VITRINE_PRODUCT_FIELDS, filters: { id: seller.id } })
  const products = (withProducts?.products ?? [])
    .filter((p: { status: string } | null) => p?.status === "published")
    .map(({ status: _status, ...product }: { status: string }) => product)
  res.json({ seller: { ...seller, ...openingState(seller.opening_hours, new Date()), products } })
}
