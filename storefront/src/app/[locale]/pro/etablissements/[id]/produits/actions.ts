"use server"

import { getDictionary } from "@/lib/i18n"
import { parsePrice, parseStock } from "@/lib/pro/numbers"
import { proFetch } from "@/lib/pro/session"
import { refusalOf } from "@/lib/store-api"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"

export type ProductState = { error?: string }

/** Creates a product (its text is moderated like the vitrine; price and stock apply at once). */
export async function createProductAction(_state: ProductState, form: FormData): Promise<ProductState> {
  const { t } = await getDictionary()
  const sellerId = String(form.get("seller_id") ?? "")
  const title = String(form.get("title") ?? "").trim()
  const description = String(form.get("description") ?? "").trim() || null
  const price = parsePrice(String(form.get("price") ?? ""))
  const quantity = parseStock(String(form.get("quantity") ?? ""))
  if (!title || price === null || quantity === null) {
    return { error: t.pro.invalidNumber }
  }
  const failed = await refusalOf(() =>
    proFetch(`/vendor/sellers/${encodeURIComponent(sellerId)}/products`, { method: "POST", body: { title, description, price, quantity } })
  )
  return failed ?? redirect({ href: `/pro/etablissements/${encodeURIComponent(sellerId)}/produits?fait=ajout`, locale: await getLocale() })
}

/** Changes a product's price and stock (the merchant's business: never moderated). */
export async function updateProductAction(_state: ProductState, form: FormData): Promise<ProductState> {
  const { t } = await getDictionary()
  const sellerId = String(form.get("seller_id") ?? "")
  const productId = String(form.get("product_id") ?? "")
  const price = parsePrice(String(form.get("price") ?? ""))
  const quantity = parseStock(String(form.get("quantity") ?? ""))
  if (price === null || quantity === null) {
    return { error: t.pro.invalidNumber }
  }
  const failed = await refusalOf(() =>
    proFetch(`/vendor/sellers/${encodeURIComponent(sellerId)}/products/${encodeURIComponent(productId)}`, {
      method: "POST",
      body: { price, quantity },
    })
  )
  return failed ?? redirect({ href: `/pro/etablissements/${encodeURIComponent(sellerId)}/produits?fait=maj`, locale: await getLocale() })
}
