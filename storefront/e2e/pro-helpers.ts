import type { Page } from "playwright-core"
import { STOREFRONT_URL } from "./servers"

/** Signs a professional in through the pro space's form and waits for its dashboard. */
export async function signInPro(page: Page, actor: RegExp, email: string, password: string) {
  await page.goto(`${STOREFRONT_URL}/pro/connexion`)
  await page.getByLabel(actor).check()
  await page.getByLabel("Adresse e-mail").fill(email)
  await page.getByLabel("Mot de passe").fill(password)
  await page.getByRole("button", { name: "Se connecter" }).click()
  await page.waitForURL(`${STOREFRONT_URL}/pro`)
}
