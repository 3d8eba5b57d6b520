import { describe, expect, it } from "vitest"
import { axeViolations, frenchPagePerTest } from "./page"
import { STOREFRONT_URL } from "./servers"
import { addToCart, BACKEND_URL, contact, fillContact, merchantHeaders, vitrine } from "./shop-helpers"

describe("cart and checkout across establishments", () => {
  const current = frenchPagePerTest()

  it("lets a guest reserve from two reservation-mode establishments in one cart: two reservations confirmed", async () => {
    const page = current()
    await page.goto(vitrine("lille", "boulangerie-du-vieux-lille"))
    await addToCart(page, "Tarte au sucre")
    expect({ page: "vitrine", violations: await axeViolations(page) }).toEqual({ page: "vitrine", violations: [] })

    await page.goto(`${vitrine("marcq-en-baroeul", "fleurs-de-la-marque")}/bouquet-de-saison`)
    expect(await page.textContent("h1")).toBe("Bouquet de saison")
    await addToCart(page, "Bouquet de saison")
    expect({ page: "product", violations: await axeViolations(page) }).toEqual({ page: "product", violations: [] })

    await page.getByRole("link", { name: "Voir le panier" }).click()
    await page.waitForURL(`${STOREFRONT_URL}/panier`)
    expect(await page.locator(".cart-group h2").allTextContents()).toEqual(["Boulangerie du Vieux-Lille", "Fleurs de la Marque"])
    for (const mode of await page.locator(".cart-group__mode").allTextContents()) {
      expect(mode).toBe("Réservation : réservez en ligne, payez en boutique. À retirer dans les 48 h suivant la commande.")
    }
    expect(await page.locator(".cart-totals").innerText()).toMatch(/À régler en boutique au retrait\s+41,00\s€/)
    // The header asks for the count once the page is shown (public pages are the same for everyone).
    await page.getByRole("link", { name: "Panier (2 articles)" }).waitFor()
    expect({ page: "cart", violations: await axeViolations(page) }).toEqual({ page: "cart", violations: [] })

    await page.getByRole("link", { name: "Valider ma commande" }).click()
    await page.waitForURL(`${STOREFRONT_URL}/panier/validation`)
    expect(await page.locator(".checkout-payment").innerText()).toContain("Rien à payer en ligne")
    // Sent empty: every problem is listed at the top, focused, and next to its field.
    await page.getByRole("button", { name: "Confirmer la commande" }).click()
    const summary = page.locator(".form-summary")
    await summary.waitFor()
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await summary.locator("li").allTextContents()).toEqual([
      "Indiquez votre prénom.",
      "Indiquez votre nom.",
      "Indiquez votre adresse e-mail.",
      "Indiquez un numéro de téléphone.",
    ])
    expect(await page.getByLabel(/^Téléphone/).getAttribute("aria-invalid")).toBe("true")
    expect({ page: "checkout", violations: await axeViolations(page) }).toEqual({ page: "checkout", violations: [] })

    await fillContact(page)
    await page.getByRole("button", { name: "Confirmer la commande" }).click()
    await page.waitForURL(new RegExp(`${STOREFRONT_URL}/commande/ogrp_\\w+$`))
    expect(await page.textContent("h1")).toBe("Merci, votre commande est enregistrée")
    expect(await page.locator("main").innerText()).toContain("2 réservations")
    const orders = page.locator(".order")
    expect(await orders.count()).toBe(2)
    for (const status of await page.locator(".order__status").allTextContents()) {
      expect(status).toBe("État : Demandée : en attente de confirmation")
    }
    expect({ page: "confirmation", violations: await axeViolations(page) }).toEqual({ page: "confirmation", violations: [] })
    // The cart is spent.
    expect(await page.locator(".site-header__cart").textContent()).toBe("Panier")
  })

  it("takes an online order through the simulated payment when Stripe is not configured", async () => {
    const page = current()
    await page.goto(vitrine("roubaix", "torrefaction-de-l-epeule"))
    await addToCart(page, "Thé vert Sencha 100 g")
    await page.goto(`${STOREFRONT_URL}/panier/validation`)
    expect(await page.locator(".cart-group__mode").textContent()).toBe("Achat en ligne : payez maintenant, retrait en boutique")
    expect(await page.locator(".payment-simulated").innerText()).toContain("Paiement simulé")
    expect(await page.locator(".cart-totals").innerText()).toMatch(/À payer maintenant en ligne\s+7,50\s€/)
    await fillContact(page, { ...contact, email: "paul.durand@exemple.fr" })
    await page.getByRole("button", { name: "Confirmer la commande" }).click()
    await page.waitForURL(/\/commande\/ogrp_/)
    expect(await page.locator(".order__status").textContent()).toBe("Payée en ligne, retrait en boutique — 7,50\u00a0€")
    expect(await page.locator("main").innerText()).not.toContain("réservation")
  })

  it("brings a shopper back from a card payment to the confirmation once the cart is checked out", async () => {
    // Stripe itself cannot be reached here: this drives the return page the way Stripe's redirect does.
    const page = current()
    await page.goto(vitrine("wattrelos", "brasserie-du-cretinier"))
    await addToCart(page, "Bière blonde 33 cl")
    const cartId = (await page.context().cookies()).find((c) => c.name === "enjoy_cart")?.value
    expect(cartId).toMatch(/^cart_/)
    const cookie = (await page.context().cookies()).find((c) => c.name === "enjoy_cart")!
    expect([cookie.httpOnly, cookie.sameSite]).toEqual([true, "Lax"])

    await page.goto(`${STOREFRONT_URL}/commande/paiement/${cartId}?redirect_status=failed`)
    expect(await page.textContent("h1")).toContain("Le paiement n'a pas abouti")
    // Back from the card payment before the order exists: the page waits, in a tab left open.
    const waiting = await page.context().newPage()
    await waiting.goto(`${STOREFRONT_URL}/commande/paiement/${cartId}?redirect_status=succeeded`)
    expect(await waiting.textContent("h1")).toBe("Paiement reçu, confirmation en cours")

    await page.goto(`${STOREFRONT_URL}/panier/validation`)
    await fillContact(page)
    await page.getByRole("button", { name: "Confirmer la commande" }).click()
    await page.waitForURL(/\/commande\/ogrp_/)
    const confirmation = page.url()
    // The waiting tab re-reads itself and lands on the confirmation, with no reload by the shopper.
    await waiting.waitForURL(confirmation, { timeout: 15_000 })
    await page.goto(`${STOREFRONT_URL}/commande/paiement/${cartId}?redirect_status=succeeded`)
    expect(page.url()).toBe(confirmation)
  })

  it("offers no cart button in a showcase establishment", async () => {
    const page = current()
    await page.goto(vitrine("lille", "estaminet-la-bretelle"))
    expect(await page.textContent(".establishment__mode")).toContain("rendez-vous sur place")
    expect(await page.getByRole("button", { name: /Ajouter au panier/ }).count()).toBe(0)
  })

  it("shows a merchant's new price on the product page within seconds", async () => {
    const page = current()
    const url = `${vitrine("lille", "boulangerie-du-vieux-lille")}/pain-au-levain-800-g`
    await page.goto(url)
    expect(await page.textContent(".product__price")).toBe("4,20\u00a0€")

    const merchant = await merchantHeaders("camille.boulangerie@enjoy.test")
    const { sellers } = await (await fetch(`${BACKEND_URL}/vendor/sellers`, { headers: merchant })).json()
    const sellerId = sellers.find((s: { handle: string }) => s.handle === "boulangerie-du-vieux-lille").id
    const { products } = await (await fetch(`${BACKEND_URL}/vendor/sellers/${sellerId}/products`, { headers: merchant })).json()
    const bread = products.find((p: { title: string }) => p.title === "Pain au levain 800 g")
    const setPrice = (price: number) =>
      fetch(`${BACKEND_URL}/vendor/sellers/${sellerId}/products/${bread.id}`, {
        method: "POST",
        headers: merchant,
        body: JSON.stringify({ price }),
      })
    // The page is cached for minutes; only the backend's revalidation call can make it change this fast.
    const priceShownWithin10s = async (pageUrl: string, selector: string, expected: string) => {
      let shown = ""
      for (let attempt = 0; attempt < 20 && !shown.includes(expected); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 500))
        await page.goto(pageUrl)
        shown = (await page.locator(selector).allTextContents()).join(" | ")
      }
      return shown
    }
    expect((await setPrice(4.4)).status).toBe(200)
    try {
      expect(await priceShownWithin10s(url, ".product__price", "4,40\u00a0€")).toBe("4,40\u00a0€")
    } finally {
      expect((await setPrice(4.2)).status).toBe(200)
    }
    // The product page read the new price into the vitrine's cached data too: the vitrine, visited as the price
    // is set back, must not keep the old one (the backend pushes a second revalidation for that race).
    const onVitrine = ':is(.product:has-text("Pain au levain 800 g")) .product__price'
    expect(await priceShownWithin10s(vitrine("lille", "boulangerie-du-vieux-lille"), onVitrine, "4,20\u00a0€")).toBe("4,20\u00a0€")
  })

  it("switches to English on a vitrine, and the checkout's server-side errors come back in English", async () => {
    const page = current()
    await page.goto(vitrine("lille", "boulangerie-du-vieux-lille"))
    await page.getByRole("link", { name: "English" }).click()
    const english = `${STOREFRONT_URL}/en/lille/etablissements/boulangerie-du-vieux-lille`
    await page.waitForURL(english)
    expect(await page.locator("html").getAttribute("lang")).toBe("en")
    // Each language's page names the other, for search engines.
    expect(await page.locator('link[rel="alternate"][hreflang="fr"]').getAttribute("href")).toBe(vitrine("lille", "boulangerie-du-vieux-lille"))
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(english)
    const form = page.locator("form.add-to-cart").filter({ has: page.getByRole("button", { name: /^Add to cart\W+Tarte au sucre$/ }) })
    await form.getByRole("button").click()
    await form.getByText("Added to your cart.").waitFor()

    await page.getByRole("link", { name: "Cart (1 item)" }).waitFor()
    await page.getByRole("link", { name: "Cart (1 item)" }).click()
    await page.waitForURL(`${STOREFRONT_URL}/en/panier`)
    await page.goto(`${STOREFRONT_URL}/en/panier/validation`)
    await fillContact(page, { first_name: "", last_name: "Martin", email: "not-an-address", phone: "12" })
    // The form is sent as typed (noValidate): the server action checks it, in the visitor's language.
    await page.getByRole("button", { name: "Place order" }).click()
    const summary = page.locator(".form-summary")
    await summary.waitFor()
    expect(await summary.locator("li").allTextContents()).toEqual([
      "Enter your first name.",
      "This e-mail address is not valid (for example: name@example.com).",
      "This number is not valid (for example: 06 12 34 56 78).",
    ])
  })
})
