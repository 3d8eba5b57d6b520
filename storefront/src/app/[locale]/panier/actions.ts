"use server"

import { revalidatePath } from "next/cache"
import { getDictionary } from "@/lib/i18n"
import { orderPath } from "@/lib/paths"
import { addLine, setLineQuantity } from "@/lib/shop/cart"
import { placeOrder } from "@/lib/shop/checkout"
import { type ContactErrors, parseContact } from "@/lib/shop/contact"
import { backendMessage } from "@/lib/store-api"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"

/** Quantities people may type: whole units, at most 99 of one thing per line. */
function quantityOf(form: FormData, fallback: number): number {
  const value = Number(form.get("quantity") ?? fallback)
  return Number.isInteger(value) ? Math.min(Math.max(value, 0), 99) : fallback
}

export type AddState = { ok?: boolean; error?: string }

/** "Ajouter au panier" on a vitrine or a product page; the form works without JavaScript too. */
export async function addToCart(_state: AddState, form: FormData): Promise<AddState> {
  const { t } = await getDictionary()
  const variantId = String(form.get("variant_id") ?? "")
  const quantity = Math.max(quantityOf(form, 1), 1)
  if (!variantId) {
    return { error: t.forms.unknownProduct }
  }
  try {
    await addLine(variantId, quantity)
  } catch (error) {
    const message = backendMessage(error)
    if (!message) {
      throw error
    }
    return { error: message }
  }
  // Nothing cached changes: the header's count is read by the browser (see CartLink), public pages stay cached.
  return { ok: true }
}

/** Changes a line's quantity; 0 removes it. */
export async function changeQuantity(form: FormData): Promise<void> {
  const lineId = String(form.get("line_id") ?? "")
  const quantity = form.get("remove") ? 0 : quantityOf(form, 1)
  if (lineId) {
    await setLineQuantity(lineId, quantity)
  }
  // The cart page is per visitor and never cached: this only redraws it with the new quantities.
  revalidatePath("/[locale]/panier", "page")
}

export type CheckoutState = {
  errors?: ContactErrors
  error?: string
  values?: Record<string, string>
  /** With Stripe: the payment the Payment Element now confirms. */
  stripe?: { clientSecret: string; cartId: string }
}

/** Validates the contact form, places the whole cart, then opens the confirmation page. */
export async function checkout(_state: CheckoutState, form: FormData): Promise<CheckoutState> {
  const { t } = await getDictionary()
  const values = Object.fromEntries(
    ["first_name", "last_name", "email", "phone"].map((k) => [k, String(form.get(k) ?? "")])
  )
  const parsed = parseContact(values, t.forms.contact)
  if ("errors" in parsed) {
    return { errors: parsed.errors, values }
  }
  const result = await placeOrder(parsed.contact)
  if ("error" in result) {
    return { error: result.error, values }
  }
  if ("stripe" in result) {
    return { stripe: result.stripe, values }
  }
  redirect({ href: orderPath(result.groupId), locale: await getLocale() })
}
