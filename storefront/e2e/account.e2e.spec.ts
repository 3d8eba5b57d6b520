import { describe, expect, it } from "vitest"
import { axeViolations, frenchPagePerTest } from "./page"
import { STOREFRONT_URL } from "./servers"
import { addToCart, BACKEND_URL, fillContact, merchantHeaders, vitrine } from "./shop-helpers"

describe("a shopper's account", () => {
  const current = frenchPagePerTest()

  it("claims a bon plan once signed in, finds its QR code and its orders in the account, exports then erases its data", async () => {
    const page = current()
    const email = `chloe.lefebvre.${Date.now()}@exemple.fr`
    await page.goto(`${STOREFRONT_URL}/compte`)
    expect({ page: "sign-in", violations: await axeViolations(page) }).toEqual({ page: "sign-in", violations: [] })
    await page.getByLabel("Prénom").fill("Chloé")
    await page.getByLabel("Nom", { exact: true }).fill("Lefebvre")
    await page.locator("#register-email").fill(email)
    await page.locator("#register-password").fill("une-phrase-de-passe")
    await page.getByRole("button", { name: "Créer mon compte" }).click()
    await page.getByRole("heading", { name: "Bonjour Chloé" }).waitFor()

    // Signed in, a bon plan is claimed in one click and its code shows at once.
    await page.goto(`${STOREFRONT_URL}/bons-plans`)
    const title = "-10 % sur les vins bio"
    const deal = page.locator(".result").filter({ has: page.getByRole("heading", { name: title }) })
    expect(await deal.getByLabel(/adresse e-mail/).count()).toBe(0)
    await deal.getByRole("button", { name: /^En profiter/ }).click()
    const code = (await deal.locator(".claim__code").textContent()) ?? ""
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/)

    // An order placed while signed in: the form knows who is ordering.
    await page.goto(vitrine("tourcoing", "fromagerie-du-beffroi"))
    await addToCart(page, "Maroilles AOP")
    await page.goto(`${STOREFRONT_URL}/panier/validation`)
    expect(await page.getByLabel(/^Adresse e-mail/).inputValue()).toBe(email)
    await fillContact(page, { phone: "03 20 00 00 00" })
    await page.getByRole("button", { name: "Confirmer la commande" }).click()
    await page.waitForURL(/\/commande\/ogrp_/)

    await page.goto(`${STOREFRONT_URL}/compte`)
    const claim = page.locator(".claim").filter({ hasText: title })
    expect(await claim.locator(".claim__code").textContent()).toBe(code)
    const qr = claim.getByRole("img", { name: `QR code du bon plan, code ${code}` })
    expect(await qr.locator("svg").count()).toBe(1)
    const reservation = page.locator(".account-group .order")
    expect(await reservation.locator("h3").textContent()).toMatch(/^Fromagerie du Beffroi — Commande n° \d+$/)
    expect(await reservation.locator(".order__status").textContent()).toBe("État : Demandée : en attente de confirmation")
    expect({ page: "account", violations: await axeViolations(page) }).toEqual({ page: "account", violations: [] })

    // The merchant confirms, then readies it: the account says so ("Prête").
    const merchant = await merchantHeaders("nadia.cafe@enjoy.test")
    const { sellers } = await (await fetch(`${BACKEND_URL}/vendor/sellers`, { headers: merchant })).json()
    const cheese = sellers.find((s: { handle: string }) => s.handle === "fromagerie-du-beffroi").id
    const { reservations } = await (
      await fetch(`${BACKEND_URL}/vendor/sellers/${cheese}/reservations?status=requested`, { headers: merchant })
    ).json()
    const mine = reservations.find((r: { order: { email: string } }) => r.order.email === email)
    for (const status of ["confirmed", "ready"]) {
      const moved = await fetch(`${BACKEND_URL}/vendor/sellers/${cheese}/reservations/${mine.id}`, {
        method: "POST",
        headers: merchant,
        body: JSON.stringify({ status }),
      })
      expect(moved.status).toBe(200)
    }
    await page.reload()
    expect(await reservation.locator(".order__status").textContent()).toBe("État : Prête")

    // RGPD: everything kept about the shopper, as a JSON file…
    const download = await page.request.get(`${STOREFRONT_URL}/compte/donnees`)
    expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="enjoy-mes-donnees-\d{4}-\d\d-\d\d\.json"$/)
    const data = await download.json()
    expect(data.customer).toMatchObject({ email, first_name: "Chloé", last_name: "Lefebvre" })
    expect(data.deal_claims.map((c: { deal: { title: string } }) => c.deal.title)).toEqual([title])
    expect(data.order_groups).toHaveLength(1)
    expect(data.pickup_reservations.map((r: { status: string }) => r.status)).toEqual(["ready"])

    // …and erasure, which needs an explicit confirmation.
    await page.getByRole("button", { name: "Supprimer mon compte" }).click()
    await page.locator(".danger-zone .form-error", { hasText: "Cochez la case" }).waitFor()
    await page.getByLabel("Je confirme vouloir supprimer définitivement mon compte").check()
    await page.getByRole("button", { name: "Supprimer mon compte" }).click()
    await page.getByText("Votre compte a été supprimé.").waitFor()
    await page.locator("#signin-email").fill(email)
    await page.locator("#signin-password").fill("une-phrase-de-passe")
    await page.getByRole("button", { name: "Se connecter" }).click()
    await page.getByText("Adresse e-mail ou mot de passe incorrect.").waitFor()
  })

  it("lets a guest claim a bon plan with an e-mail and shows the code with its QR code", async () => {
    const page = current()
    await page.goto(`${STOREFRONT_URL}/bons-plans`)
    const deal = page.locator(".result").filter({ has: page.getByRole("heading", { name: "Café gourmand offert le midi" }) })
    await deal.getByLabel("Votre adresse e-mail (pour recevoir le code)").fill(`invite.${Date.now()}@exemple.fr`)
    await deal.getByRole("button", { name: /^En profiter/ }).click()
    const code = (await deal.locator(".claim__code").textContent()) ?? ""
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/)
    expect(await deal.getByRole("img", { name: `QR code du bon plan, code ${code}` }).count()).toBe(1)
    expect({ page: "deals", violations: await axeViolations(page) }).toEqual({ page: "deals", violations: [] })

    // A bon plan whose quota is used up says so, next to its button.
    const soldOut = page.locator(".result").filter({ has: page.getByRole("heading", { name: "-5 € sur les orchidées" }) })
    await soldOut.getByLabel("Votre adresse e-mail (pour recevoir le code)").fill(`invite2.${Date.now()}@exemple.fr`)
    await soldOut.getByRole("button", { name: /^En profiter/ }).click()
    await soldOut.getByText("Ce bon plan est épuisé").waitFor()
  })
})
