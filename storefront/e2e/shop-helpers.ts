import type { Page } from "playwright-core"
import { expect } from "vitest"
import { E2E_BACKEND_PORT, STOREFRONT_URL } from "./servers"

export const BACKEND_URL = `http://localhost:${E2E_BACKEND_PORT}`

export const vitrine = (commune: string, handle: string) => `${STOREFRONT_URL}/${commune}/etablissements/${handle}`

/** Clicks "Ajouter au panier" for a product of the page and waits for the confirmation in place. */
export async function addToCart(page: Page, productTitle: string) {
  const form = page.locator("form.add-to-cart").filter({ has: page.getByRole("button", { name: `Ajouter au panier : ${productTitle}` }) })
  await form.getByRole("button").click()
  await form.getByText("Ajouté au panier.").waitFor()
}

export const contact = { first_name: "Léa", last_name: "Martin", email: "lea.martin@exemple.fr", phone: "06 12 34 56 78" }

/** Fills the checkout's contact form field by field, through their labels. */
export async function fillContact(page: Page, values: Partial<typeof contact> = contact) {
  // French or English labels: the checkout reads the visitor's language.
  const labels: Record<keyof typeof contact, RegExp> = {
    first_name: /^(Prénom|First name)/,
    last_name: /^(Nom|Last name)/,
    email: /^(Adresse e-mail|E-mail)/,
    phone: /^(Téléphone|Phone)/,
  }
  for (const [field, value] of Object.entries(values) as [keyof typeof contact, string][]) {
    await page.getByLabel(labels[field]).fill(value)
  }
}

/** Signs a merchant in on the backend (the pro space comes with a later issue) and returns its bearer header. */
export async function merchantHeaders(email: string, password = "enjoy-commercant") {
  const response = await fetch(`${BACKEND_URL}/auth/merchant/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  expect(response.status).toBe(200)
  const { token } = (await response.json()) as { token: string }
  return { authorization: `Bearer ${token}`, "content-type": "application/json" }
}
