import pg from "pg"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium } from "./browser"
import { axeViolations } from "./page"
import { signInPro } from "./pro-helpers"
import { STOREFRONT_URL } from "./servers"
import { addToCart, BACKEND_URL, fillContact, vitrine } from "./shop-helpers"

/** Each actor in a browser context of its own, as two people on two devices. */
describe("pro space", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  const newPage = async () => (await browser.newContext({ locale: "fr-FR" })).newPage()

  it("lets a merchant confirm then ready a shopper's reservation, which the shopper's account shows as ready", async () => {
    const shopper = await newPage()
    const email = `marion.petit.${Date.now()}@exemple.fr`
    await shopper.goto(`${STOREFRONT_URL}/compte`)
    await shopper.getByLabel("Prénom").fill("Marion")
    await shopper.getByLabel("Nom", { exact: true }).fill("Petit")
    await shopper.locator("#register-email").fill(email)
    await shopper.locator("#register-password").fill("une-phrase-de-passe")
    await shopper.getByRole("button", { name: "Créer mon compte" }).click()
    await shopper.getByRole("heading", { name: "Bonjour Marion" }).waitFor()
    await shopper.goto(vitrine("marcq-en-baroeul", "fleurs-de-la-marque"))
    await addToCart(shopper, "Bouquet de saison")
    await shopper.goto(`${STOREFRONT_URL}/panier/validation`)
    await fillContact(shopper, { phone: "06 11 22 33 44" })
    await shopper.getByRole("button", { name: "Confirmer la commande" }).click()
    await shopper.waitForURL(/\/commande\/ogrp_/)
    const number = (await shopper.locator(".order h2").textContent())!.match(/n° (\d+)/)![1]

    const merchant = await newPage()
    await merchant.goto(`${STOREFRONT_URL}/pro/connexion`)
    expect({ page: "pro sign-in", violations: await axeViolations(merchant) }).toEqual({ page: "pro sign-in", violations: [] })
    await signInPro(merchant, /Commerçant/, "ines.couture@enjoy.test", "enjoy-commercant")
    expect({ page: "pro dashboard", violations: await axeViolations(merchant) }).toEqual({ page: "pro dashboard", violations: [] })
    await merchant.getByRole("link", { name: "Réservations — Fleurs de la Marque" }).click()
    await merchant.waitForURL(/\/pro\/etablissements\/sel_\w+\/reservations$/)
    const card = merchant.locator(".reservation").filter({ has: merchant.getByRole("heading", { name: `Réservation n° ${number}` }) })
    expect(await card.textContent()).toContain(email)
    expect(await card.textContent()).toContain("06 11 22 33 44")
    expect({ page: "reservations board", violations: await axeViolations(merchant) }).toEqual({ page: "reservations board", violations: [] })

    await card.getByRole("button", { name: `Confirmer — Réservation n° ${number}` }).click()
    await merchant.getByText(`Réservation n° ${number} : confirmée.`).waitFor()
    const confirmed = merchant.locator("section").filter({ has: merchant.locator("#colonne-confirmed") })
    await confirmed.getByRole("button", { name: `Marquer prête — Réservation n° ${number}` }).click()
    await merchant.getByText(`Réservation n° ${number} : prête, le client est prévenu.`).waitFor()

    // Declining needs the reason the customer will read.
    await shopper.goto(vitrine("marcq-en-baroeul", "fleurs-de-la-marque"))
    await addToCart(shopper, "Bouquet de saison")
    await shopper.goto(`${STOREFRONT_URL}/panier/validation`)
    await fillContact(shopper, { phone: "06 11 22 33 44" })
    await shopper.getByRole("button", { name: "Confirmer la commande" }).click()
    await shopper.waitForURL(/\/commande\/ogrp_/)
    const second = (await shopper.locator(".order h2").textContent())!.match(/n° (\d+)/)![1]
    await merchant.reload()
    const toDecline = merchant.locator(".reservation").filter({ has: merchant.getByRole("heading", { name: `Réservation n° ${second}` }) })
    await toDecline.getByRole("button", { name: `Refuser — Réservation n° ${second}` }).click()
    await toDecline.getByText("Indiquez le motif du refus : il est envoyé au client.").waitFor()
    await toDecline.getByLabel("Motif du refus (communiqué au client)").fill("Plus de pivoines cette semaine")
    await toDecline.getByRole("button", { name: `Refuser — Réservation n° ${second}` }).click()
    await merchant.getByText(`Réservation n° ${second} : refusée, le client est prévenu.`).waitFor()

    await shopper.goto(`${STOREFRONT_URL}/compte`)
    const order = shopper.locator(".account-group .order").filter({ has: shopper.getByRole("heading", { name: `Fleurs de la Marque — Commande n° ${number}` }) })
    expect(await order.locator(".order__status").textContent()).toBe("État : Prête")
    const declined = shopper.locator(".account-group .order").filter({ has: shopper.getByRole("heading", { name: `Fleurs de la Marque — Commande n° ${second}` }) })
    expect(await declined.locator(".order__status").textContent()).toBe("État : Refusée")
    expect(await declined.textContent()).toContain("Motif : Plus de pivoines cette semaine")
  })

  it("redeems a claimed bon plan by its code, once", async () => {
    const guest = await newPage()
    await guest.goto(`${STOREFRONT_URL}/bons-plans`)
    const deal = guest.locator(".result").filter({ has: guest.getByRole("heading", { name: "Café gourmand offert le midi" }) })
    await deal.getByLabel("Votre adresse e-mail (pour recevoir le code)").fill(`comptoir.${Date.now()}@exemple.fr`)
    await deal.getByRole("button", { name: /^En profiter/ }).click()
    const code = (await deal.locator(".claim__code").textContent())!

    const merchant = await newPage()
    await signInPro(merchant, /Commerçant/, "hugo.estaminet@enjoy.test", "enjoy-commercant")
    await merchant.getByRole("link", { name: "Valider un bon plan" }).click()
    await merchant.waitForURL(`${STOREFRONT_URL}/pro/bons-plans/valider`)
    // Typed the way people read it aloud: lower case, no dash.
    await merchant.getByLabel("Code du bon plan").fill(code.replace("-", "").toLowerCase())
    await merchant.getByRole("button", { name: "Valider", exact: true }).click()
    await merchant.getByText("Bon plan validé : Café gourmand offert le midi.").waitFor()
    expect({ page: "redeem", violations: await axeViolations(merchant) }).toEqual({ page: "redeem", violations: [] })

    await merchant.getByLabel("Code du bon plan").fill(code)
    await merchant.getByRole("button", { name: "Valider", exact: true }).click()
    await merchant.locator(".redeem-form__result .form-error").waitFor()
    expect(await merchant.locator(".redeem-form__result .form-error").textContent()).toMatch(/déjà/)
  })

  it("keeps each professional to its own scope: other establishments are 404, visitors go to sign-in", async () => {
    const owner = await newPage()
    await signInPro(owner, /Commerçant/, "ines.couture@enjoy.test", "enjoy-commercant")
    await owner.getByRole("link", { name: "Réservations — Fleurs de la Marque" }).click()
    await owner.waitForURL(/reservations$/)
    const boardUrl = owner.url()

    const other = await newPage()
    await signInPro(other, /Commerçant/, "camille.boulangerie@enjoy.test", "enjoy-commercant")
    const response = await other.goto(boardUrl)
    expect(response?.status()).toBe(404)
    expect(await other.textContent("h1")).toBe("Page introuvable")

    const moderator = await newPage()
    await signInPro(moderator, /Modérateur/, "presidente.vieux-lille@enjoy.test", "enjoy-moderateur")
    expect((await moderator.goto(boardUrl))?.status()).toBe(404)

    const visitor = await newPage()
    await visitor.goto(boardUrl)
    expect(visitor.url()).toBe(`${STOREFRONT_URL}/pro/connexion`)

    const wrong = await newPage()
    await wrong.goto(`${STOREFRONT_URL}/pro/connexion`)
    await wrong.getByLabel("Adresse e-mail").fill("ines.couture@enjoy.test")
    await wrong.getByLabel("Mot de passe").fill("pas-le-bon")
    await wrong.getByRole("button", { name: "Se connecter" }).click()
    await wrong.getByText("Adresse e-mail ou mot de passe incorrect pour ce type de compte.").waitFor()
  })
  it("lets a moderator review a vitrine change before/after and approve it, which makes it public; another association's moderator gets a 404", async () => {
    const moderator = await newPage()
    await signInPro(moderator, /Modérateur/, "presidente.vieux-lille@enjoy.test", "enjoy-moderateur")
    await moderator.getByRole("link", { name: "Modération" }).click()
    await moderator.waitForURL(`${STOREFRONT_URL}/pro/moderation`)
    expect({ page: "queue", violations: await axeViolations(moderator) }).toEqual({ page: "queue", violations: [] })
    await moderator.getByRole("link", { name: "Modification de vitrine — Boulangerie du Vieux-Lille" }).click()
    await moderator.waitForURL(/\/pro\/moderation\/\w+$/)
    const caseUrl = moderator.url()
    const row = moderator.getByRole("row", { name: /^Description/ })
    expect(await row.locator(".diff__before").textContent()).toBe("Pains au levain, viennoiseries pur beurre et merveilleux à la chicorée.")
    expect(await row.locator(".diff__after").textContent()).toContain("pains sans gluten le samedi")
    expect({ page: "case", violations: await axeViolations(moderator) }).toEqual({ page: "case", violations: [] })

    // A moderator of another association does not even learn that the case exists.
    const stranger = await newPage()
    await signInPro(stranger, /Modérateur/, "president.roubaix-tourcoing@enjoy.test", "enjoy-moderateur")
    const response = await stranger.goto(caseUrl)
    expect(response?.status()).toBe(404)
    expect(await stranger.textContent("h1")).toBe("Page introuvable")

    // Rejecting needs a reason; approving publishes the change.
    await moderator.getByRole("radio", { name: "Refuser" }).check()
    await moderator.getByRole("button", { name: "Enregistrer la décision" }).click()
    await moderator.locator(".decision-form .form-error").waitFor()
    await moderator.getByRole("radio", { name: "Approuver" }).check()
    await moderator.getByRole("button", { name: "Enregistrer la décision" }).click()
    await moderator.getByText("Décision enregistrée : approuvée.").waitFor()

    const visitor = await newPage()
    await visitor.goto(vitrine("lille", "boulangerie-du-vieux-lille"))
    expect(await visitor.locator(".portal__banner").textContent()).toContain("pains sans gluten le samedi")

    // The decision is in the association's log.
    await moderator.getByRole("link", { name: "Journal" }).click()
    await moderator.waitForURL(`${STOREFRONT_URL}/pro/journal`)
    const entry = moderator.getByRole("row").filter({ hasText: "Boulangerie du Vieux-Lille" }).first()
    expect(await entry.textContent()).toContain("Décision — Modification de vitrine")
    expect(await entry.textContent()).toContain("approuvée")
    expect({ page: "audit", violations: await axeViolations(moderator) }).toEqual({ page: "audit", violations: [] })
  })
  it("shows the merchant, on the dashboard, a change the moderators sent back with its reason, and the getting-started steps left", async () => {
    const moderator = await newPage()
    await signInPro(moderator, /Modérateur/, "presidente.deule@enjoy.test", "enjoy-moderateur")
    await moderator.goto(`${STOREFRONT_URL}/pro/moderation`)
    await moderator.getByRole("link", { name: "Modification de vitrine — Miellerie des Bords de Deûle" }).click()
    await moderator.waitForURL(/\/pro\/moderation\/\w+$/)
    await moderator.getByRole("radio", { name: "Refuser" }).check()
    await moderator.getByLabel(/^Motif/).fill("Ce numéro ne répond pas : vérifiez-le")
    await moderator.getByRole("button", { name: "Enregistrer la décision" }).click()
    await moderator.getByText(/^Décision enregistrée/).waitFor()

    const merchant = await newPage()
    await signInPro(merchant, /Commerçant/, "bernard.ferme@enjoy.test", "enjoy-commercant")
    const today = merchant.locator(".result").filter({ hasText: "Miellerie des Bords de Deûle" }).locator(".today")
    const returned = today.locator("p").filter({ hasText: "Demande renvoyée par la modération — Modification de vitrine" })
    expect(await returned.textContent()).toContain("Motif : Ce numéro ne répond pas : vérifiez-le")
    expect(await today.getByRole("link", { name: /^Pour bien démarrer, il reste \d+ étapes?/ }).count()).toBe(1)
    expect({ page: "dashboard", violations: await axeViolations(merchant) }).toEqual({ page: "dashboard", violations: [] })
    await returned.getByRole("link").click()
    await merchant.waitForURL(/\/pro\/etablissements\/\w+#demandes$/)
    expect(await merchant.locator("#demandes + ul").textContent()).toContain("Motif : Ce numéro ne répond pas : vérifiez-le")
  })
  it("lets a commune agent upload a logo that the commune's portal then shows", async () => {
    const agent = await newPage()
    await signInPro(agent, /Agent/, "agent.wambrechies@enjoy.test", "enjoy-agent")
    await agent.getByRole("link", { name: "Ma commune" }).click()
    await agent.waitForURL(`${STOREFRONT_URL}/pro/commune`)
    expect(await agent.textContent("h1")).toBe("Co-marquage du portail de Wambrechies")
    expect({ page: "branding", violations: await axeViolations(agent) }).toEqual({ page: "branding", violations: [] })

    // A file that is not an image is refused with the reason.
    await agent.getByLabel(/Nouveau logo/).setInputFiles({ name: "logo.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") })
    await agent.getByRole("button", { name: "Enregistrer" }).click()
    await agent.getByText("Le logo doit être une image SVG, PNG, JPEG ou WebP.").waitFor()

    const marker = `logo-e2e-${Date.now()}`
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="90" viewBox="0 0 80 90"><title>${marker}</title><rect width="80" height="90" fill="#1b5e20"/></svg>`
    await agent.getByLabel(/Nouveau logo/).setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from(svg) })
    await agent.getByRole("button", { name: "Enregistrer" }).click()
    await agent.getByText("Co-marquage enregistré : le portail l'affiche déjà.").waitFor()

    const visitor = await newPage()
    await visitor.goto(`${STOREFRONT_URL}/wambrechies`)
    const logo = visitor.getByRole("img", { name: "Logo de Wambrechies" })
    const src = (await logo.getAttribute("src"))!
    expect(Buffer.from(src.replace("data:image/svg+xml;base64,", ""), "base64").toString()).toContain(marker)
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
  })
  it("takes a new merchant from the invitation to a public vitrine, approved by its association's moderator", async () => {
    // Set up through the API, as the operator and the association would: an establishment, its membership, an invitation.
    const json = { "content-type": "application/json" }
    const login = async (actor: string, email: string, password: string) => {
      const res = await fetch(`${BACKEND_URL}/auth/${actor}/emailpass`, { method: "POST", headers: json, body: JSON.stringify({ email, password }) })
      return { ...json, authorization: `Bearer ${((await res.json()) as { token: string }).token}` }
    }
    const operator = await login("user", "operateur@enjoy.test", "enjoy-operateur")
    const { communes } = await (await fetch(`${BACKEND_URL}/admin/communes?limit=100`, { headers: operator })).json()
    // Lambersart, served by the same association as Lille: the portal tests list Lille's establishments exactly.
    const lambersart = communes.find((c: { slug: string }) => c.slug === "lambersart")
    const stamp = Date.now()
    const name = `Épicerie Lumière ${stamp}`
    const handle = `epicerie-lumiere-${stamp}`
    const { seller } = await (
      await fetch(`${BACKEND_URL}/admin/sellers`, {
        method: "POST",
        headers: operator,
        body: JSON.stringify({
          commune_id: lambersart.id, name, handle, kind: "shop", categories: ["épicerie"],
          address_1: "12 avenue de l'Hippodrome", postal_code: "59130", city: "Lambersart", latitude: 50.6489, longitude: 3.0301,
        }),
      })
    ).json()
    const moderatorApi = await login("moderator", "presidente.vieux-lille@enjoy.test", "enjoy-moderateur")
    const { associations } = await (await fetch(`${BACKEND_URL}/association/me`, { headers: moderatorApi })).json()
    const association = associations[0]
    expect((await fetch(`${BACKEND_URL}/association/associations/${association.id}/members`, {
      method: "POST", headers: moderatorApi, body: JSON.stringify({ seller_id: seller.id }),
    })).status).toBe(201)
    const email = `lumiere.${stamp}@commerce.test`
    const { invite } = await (
      await fetch(`${BACKEND_URL}/admin/sellers/${seller.id}/merchant-invites`, { method: "POST", headers: operator, body: JSON.stringify({ email }) })
    ).json()

    // The merchant follows the invitation link.
    const merchant = await newPage()
    await merchant.goto(`${STOREFRONT_URL}/pro/invitation?jeton=${invite.token}`)
    expect({ page: "invitation", violations: await axeViolations(merchant) }).toEqual({ page: "invitation", violations: [] })
    await merchant.getByLabel("Adresse e-mail invitée").fill(email)
    await merchant.getByLabel("Prénom").fill("Lucie")
    await merchant.getByLabel("Nom", { exact: true }).fill("Lumière")
    await merchant.getByLabel(/^Mot de passe/).fill("une-phrase-de-passe")
    await merchant.getByRole("button", { name: "Accepter l'invitation" }).click()
    await merchant.waitForURL(`${STOREFRONT_URL}/pro`)
    await merchant.getByRole("link", { name: `Vitrine — ${name}` }).click()
    await merchant.waitForURL(`${STOREFRONT_URL}/pro/etablissements/${seller.id}`)
    expect(await merchant.locator(".checklist li[data-done='true']").count()).toBe(0)

    await merchant.getByRole("textbox", { name: "Présentation" }).fill("Épicerie fine et vrac, produits des Flandres.")
    await merchant.getByRole("textbox", { name: "Téléphone" }).fill("03 20 12 34 56")
    await merchant.getByRole("button", { name: "Enregistrer la présentation" }).click()
    await merchant.locator("main [role=status]").filter({ hasText: /Présentation enregistrée|après validation/ }).waitFor()
    const tuesday = merchant.getByRole("group", { name: "Mardi", exact: true })
    await tuesday.getByLabel("Fermé").uncheck()
    await tuesday.getByRole("group", { name: "Mardi, plage 1" }).getByLabel("Ouverture").fill("09:00")
    await tuesday.getByRole("group", { name: "Mardi, plage 1" }).getByLabel("Fermeture").fill("19:00")
    await merchant.getByRole("button", { name: "Enregistrer les horaires" }).click()
    await merchant.getByText("Horaires enregistrés.").waitFor()
    // A real 2×2 PNG: the backend decodes and re-encodes every photo, so a file that only looks like one is refused.
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEklEQVQImWM4kaJxIkWDAUIBACe+BVEPunA5AAAAAElFTkSuQmCC",
      "base64"
    )
    await merchant.getByLabel(/^Photo \(JPEG/).setInputFiles({ name: "devanture.png", mimeType: "image/png", buffer: png })
    await merchant.locator("#vitrine-new-alt").fill("La devanture de l'épicerie")
    await merchant.getByRole("button", { name: "Envoyer la photo" }).click()
    await merchant.getByText("Photo ajoutée.").waitFor()
    expect(await merchant.locator(".checklist li[data-done='true']").count()).toBe(3)
    // Taking reservations needs a priced product first: the page says what is missing.
    await merchant.getByRole("radio", { name: "Réservation, paiement en boutique" }).check()
    await merchant.getByRole("button", { name: "Changer de mode" }).click()
    await merchant.getByText("Ce mode de vente demande encore : un produit publié avec un prix en euros").waitFor()
    expect({ page: "vitrine editor", violations: await axeViolations(merchant) }).toEqual({ page: "vitrine editor", violations: [] })

    // The association's invitation is accepted by the merchant, then the vitrine goes for review.
    await merchant.getByRole("button", { name: `Rejoindre ${association.name}` }).click()
    await merchant.getByText("Adhésion enregistrée.").waitFor()
    expect(await merchant.getByRole("button", { name: `Quitter ${association.name}` }).count()).toBe(1)
    await merchant.getByRole("button", { name: "Demander la mise en ligne" }).click()
    await merchant.getByText("Demande envoyée : vous serez prévenu dès la validation.").waitFor()
    expect((await (await newPage()).goto(vitrine("lambersart", handle)))?.status()).toBe(404)

    const moderator = await newPage()
    await signInPro(moderator, /Modérateur/, "presidente.vieux-lille@enjoy.test", "enjoy-moderateur")
    await moderator.goto(`${STOREFRONT_URL}/pro/moderation`)
    await moderator.getByRole("link", { name: `Ouverture d'un établissement — ${name}` }).click()
    await moderator.getByRole("radio", { name: "Approuver" }).check()
    await moderator.getByRole("button", { name: "Enregistrer la décision" }).click()
    await moderator.getByText("Décision enregistrée : approuvée.").waitFor()

    const visitor = await newPage()
    expect((await visitor.goto(vitrine("lambersart", handle)))?.status()).toBe(200)
    expect(await visitor.textContent("h1")).toBe(name)
  })
  it("lets a merchant change a product's price and stock, seen by shoppers at once, and add a product", async () => {
    const merchant = await newPage()
    await signInPro(merchant, /Commerçant/, "sophie.librairie@enjoy.test", "enjoy-commercant")
    await merchant.getByRole("link", { name: "Produits et stock — Librairie du Canon d'Or" }).click()
    await merchant.waitForURL(/\/produits$/)
    expect({ page: "products", violations: await axeViolations(merchant) }).toEqual({ page: "products", violations: [] })
    const product = merchant.locator(".result").filter({ has: merchant.getByRole("heading", { name: "Chèque-lire 20 €" }) })
    expect(await product.getByLabel(/^Prix TTC/).inputValue()).toBe("20,00")

    await product.getByLabel(/^Prix TTC/).fill("douze")
    await product.getByRole("button", { name: "Enregistrer" }).click()
    await product.getByText("Indiquez un prix positif (ex. 4,50) et un stock entier.").waitFor()
    await product.getByLabel(/^Prix TTC/).fill("22,50")
    await product.getByLabel(/^Stock/).fill("40")
    await product.getByRole("button", { name: "Enregistrer" }).click()
    await merchant.getByText("Produit enregistré.").waitFor()
    expect(await merchant.locator(".result").filter({ hasText: "Chèque-lire" }).locator(".result__meta").textContent()).toContain("40 en stock")

    const shopper = await newPage()
    await shopper.goto(vitrine("lambersart", "librairie-du-canon-d-or"))
    expect(await shopper.locator(".product").filter({ hasText: "Chèque-lire" }).locator(".product__price").textContent()).toBe("22,50\u00a0€")

    await merchant.getByLabel("Nom du produit").fill("Marque-page en laiton")
    await merchant.getByLabel(/^Prix TTC/).last().fill("6,90")
    await merchant.getByLabel(/^Stock/).last().fill("15")
    await merchant.getByRole("button", { name: "Ajouter", exact: true }).click()
    await merchant.getByText("Produit ajouté.").waitFor()
    expect(await merchant.getByRole("heading", { name: "Marque-page en laiton" }).count()).toBe(1)
  })
  it("lists a merchant's bons plans with their claims and creates one", async () => {
    const merchant = await newPage()
    await signInPro(merchant, /Commerçant/, "hugo.estaminet@enjoy.test", "enjoy-commercant")
    await merchant.getByRole("link", { name: "Bons plans — Estaminet La Bretelle" }).click()
    await merchant.waitForURL(/\/bons-plans$/)
    const existing = merchant.locator(".result").filter({ has: merchant.getByRole("heading", { name: "Café gourmand offert le midi" }) })
    expect(await existing.textContent()).toMatch(/Publié · Du \d+ \p{L}+ au \d+ \p{L}+\d+ obtenus?, \d+ utilisés? en boutique/u)
    expect({ page: "merchant deals", violations: await axeViolations(merchant) }).toEqual({ page: "merchant deals", violations: [] })

    const lastDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date(Date.now() + 10 * 86_400_000))
    await merchant.getByLabel("Titre (ce que le client obtient)").fill("Digestif offert au dessert")
    await merchant.getByLabel("Type", { exact: true }).selectOption("gift")
    await merchant.getByLabel("Dernier jour").fill(lastDay)
    await merchant.getByRole("button", { name: "Créer et envoyer en validation" }).click()
    await merchant.getByText(/^Bon plan créé et envoyé/).waitFor()
    const created = merchant.locator(".result").filter({ has: merchant.getByRole("heading", { name: "Digestif offert au dessert" }) })
    expect(await created.locator(".result__meta").textContent()).toMatch(/^(Publié|En attente de validation) · Du /)
  })
  it("resets a forgotten password with the e-mailed link, which works only once", async () => {
    const page = await newPage()
    await page.goto(`${STOREFRONT_URL}/pro/connexion`)
    await page.getByRole("link", { name: "Mot de passe oublié ?" }).click()
    await page.waitForURL(`${STOREFRONT_URL}/pro/mot-de-passe-oublie`)
    expect({ page: "forgotten password", violations: await axeViolations(page) }).toEqual({ page: "forgotten password", violations: [] })
    await page.getByLabel("Adresse e-mail").fill("marc.boucherie@enjoy.test")
    await page.getByRole("button", { name: "Envoyer le lien" }).click()
    await page.getByText("Si un accès existe pour cette adresse, un e-mail vient de partir avec le lien.").waitFor()

    // No mail server here: the local notification provider keeps the e-mail in the database, where we read the link.
    const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL ?? "postgres://postgres@localhost:5432/enjoy_e2e" })
    await db.connect()
    let link: string | undefined
    for (let attempt = 0; attempt < 50 && !link; attempt++) {
      const { rows } = await db.query(
        `select data->>'link' as link from notification where "to" = $1 and template = 'password-reset' order by created_at desc limit 1`,
        ["marc.boucherie@enjoy.test"]
      )
      link = rows[0]?.link
      if (!link) await new Promise((resolve) => setTimeout(resolve, 200))
    }
    await db.end()
    expect(link).toMatch(new RegExp(`^${STOREFRONT_URL}/pro/mot-de-passe\\?jeton=`))

    await page.goto(link!)
    await page.getByLabel(/^Nouveau mot de passe/).fill("un-nouveau-secret")
    await page.getByLabel("Confirmez le mot de passe").fill("un-autre-secret")
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click()
    await page.getByText("Les deux mots de passe ne sont pas identiques.").waitFor()
    // The form is emptied after each attempt (passwords are never sent back): both are typed again.
    await page.getByLabel(/^Nouveau mot de passe/).fill("un-nouveau-secret")
    await page.getByLabel("Confirmez le mot de passe").fill("un-nouveau-secret")
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click()
    await page.getByText("Mot de passe changé : connectez-vous avec le nouveau.").waitFor()
    await signInPro(page, /Commerçant/, "marc.boucherie@enjoy.test", "un-nouveau-secret")

    const again = await newPage()
    await again.goto(link!)
    await again.getByLabel(/^Nouveau mot de passe/).fill("encore-un-secret")
    await again.getByLabel("Confirmez le mot de passe").fill("encore-un-secret")
    await again.getByRole("button", { name: "Enregistrer le mot de passe" }).click()
    await again.getByText("Ce lien a expiré ou a déjà servi : demandez-en un nouveau.").waitFor()
  })
})
