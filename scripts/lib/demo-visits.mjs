// What the scripts that look at the running demo do first, as a visitor would through the pages.

/** A demo merchant (the baker by default), signed in to /pro through the sign-in form. */
export async function signInDemoMerchant(page, base, email = "camille.boulangerie@enjoy.test") {
  await page.goto(`${base}/pro/connexion`)
  await page.getByLabel(/^Commerçant/).check()
  await page.getByLabel("Adresse e-mail").fill(email)
  await page.getByLabel("Mot de passe").fill("enjoy-commercant")
  await page.getByRole("button", { name: "Se connecter" }).click()
  await page.waitForURL(`${base}/pro`)
}

/** A tarte au sucre in the cart, from the demo's bakery vitrine. */
export async function addDemoProduct(page, base) {
  await page.goto(`${base}/lille/etablissements/boulangerie-du-vieux-lille`)
  await page.getByRole("button", { name: "Ajouter au panier : Tarte au sucre" }).click()
  await page.getByText("Ajouté au panier.").waitFor()
}
