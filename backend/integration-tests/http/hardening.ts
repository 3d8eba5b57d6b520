import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import sharp from "sharp"
import { beforeEach, expect, it } from "vitest"
import { failure } from "../helpers/http"
import { rawRequest } from "../helpers/raw-http"
import { shoppingStreet } from "../helpers/shop"

/** Defects found by attacking the demo (issue 16), one test each; the fuzz and authorization files cover the rest. */
export function hardeningTests({ api, getContainer }: MedusaSuiteOptions) {
  let street: Awaited<ReturnType<typeof shoppingStreet>>
  const base = () => api.defaults.baseURL as string

  beforeEach(async () => {
    street = await shoppingStreet(api, getContainer())
  })

  const upload = (sellerId: string, merchant: { headers: Record<string, string> }, bytes: Buffer, name: string, type: string) => {
    const form = new FormData()
    form.append("files", new Blob([bytes], { type }), name)
    form.append("alt", "La devanture de la boutique")
    return api.post(`/vendor/sellers/${sellerId}/photos`, form, merchant)
  }

  /** A free "pickup at the shop" shipping option from the establishment's stock location, through Medusa's admin API. */
  const pickupOption = async (sellerId: string) => {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [seller],
    } = await query.graph({ entity: "seller", fields: ["stock_location.id"], filters: { id: sellerId } })
    const location = seller.stock_location?.id as string
    const op = street.operator
    const { data: stores } = await api.get("/admin/stores", op)
    await api.post(`/admin/stock-locations/${location}/sales-channels`, { add: [stores.stores[0].default_sales_channel_id] }, op)
    await api.post(`/admin/stock-locations/${location}/fulfillment-providers`, { add: ["manual_manual"] }, op)
    const { data: withSet } = await api.post(`/admin/stock-locations/${location}/fulfillment-sets?fields=*fulfillment_sets`, { name: "Retrait", type: "pickup" }, op)
    const set = withSet.stock_location.fulfillment_sets.find((f: any) => f.name === "Retrait")
    const { data: zoned } = await api.post(
      `/admin/fulfillment-sets/${set.id}/service-zones?fields=*service_zones`,
      { name: "France", geo_zones: [{ type: "country", country_code: "fr" }] },
      op
    )
    const { data: profiles } = await api.get("/admin/shipping-profiles", op)
    const profile = profiles.shipping_profiles.find((p: any) => p.type === "default") ?? profiles.shipping_profiles[0]
    const { data } = await api.post(
      "/admin/shipping-options",
      {
        name: "Retrait en boutique",
        service_zone_id: zoned.fulfillment_set.service_zones[0].id,
        shipping_profile_id: profile.id,
        provider_id: "manual_manual",
        price_type: "flat",
        type: { label: "Retrait", description: "En boutique", code: "retrait" },
        prices: [{ currency_code: "eur", amount: 0 }],
      },
      op
    )
    return data.shipping_option.id as string
  }

  it("refuses HTML, SVG and PDF declared as photos, re-encodes real ones and serves them as images only", async () => {
    const shop = await street.establishment("reservation")
    const lies = {
      "vitrine.html": "<!doctype html><script>fetch('/admin/users')</script>",
      "logo.svg": '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      "tarifs.pdf": "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF",
    }
    for (const [name, content] of Object.entries(lies)) {
      const refused = await failure(upload(shop.sellerId, shop.merchant, Buffer.from(content), name, "image/png"))
      expect([name, refused.status, refused.data.message]).toEqual([
        name,
        400,
        `files[0] : « ${name} » n'est pas une photo JPEG, PNG, WebP ou AVIF`,
      ])
    }
    // A real JPEG with an HTML name is still a photo: stored re-encoded under a name of ours.
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#c86428" } }).jpeg().toBuffer()
    const { data } = await upload(shop.sellerId, shop.merchant, jpeg, "page.html", "text/html")
    const [url] = data.photos as string[]
    expect(url).toMatch(/\/media\/\d+-photo-[0-9a-f-]{36}-64\.webp$/)
    const served = await rawRequest(base(), "GET", new URL(url).pathname)
    expect(served.status).toBe(200)
    expect(served.headers).toMatchObject({
      "content-type": "image/webp",
      "x-content-type-options": "nosniff",
      "content-disposition": "inline",
    })
    expect(served.headers["content-security-policy"]).toContain("sandbox")
    // Express's /static serves nothing we store; /media serves images only.
    expect((await rawRequest(base(), "GET", `/static/${url.split("/media/")[1]}`)).status).toBe(404)
    expect((await rawRequest(base(), "GET", "/media/..%2F..%2Fpackage.json")).status).toBe(404)
    // Taken off the vitrine, the file is gone from the store.
    await api.delete(`/vendor/sellers/${shop.sellerId}/photos?url=${encodeURIComponent(url)}`, shop.merchant)
    expect((await rawRequest(base(), "GET", new URL(url).pathname)).status).toBe(404)
  })

  it("never oversells when a merchant sets the stock while shoppers check out (50 trials)", async () => {
    const shop = await street.establishment("reservation", { quantity: 1 })
    let oversold = 0
    let bothRefused = 0
    for (let trial = 0; trial < 50; trial++) {
      const [stocked, reserved] = await street.stock(shop.variantId)
      // One unit free, then the merchant lowers the stock to what is reserved while a shopper takes that unit.
      if (stocked !== reserved + 1) {
        await api.post(`/vendor/sellers/${shop.sellerId}/products/${shop.productId}`, { quantity: reserved + 1 }, shop.merchant)
      }
      const cartId = await street.cart([{ variantId: shop.variantId, quantity: 1 }])
      // The edit starts 0 to 490 ms after the checkout, so that over the trials its check and its write
      // fall on every side of the moment the checkout reserves.
      const [checkout, edit] = await Promise.allSettled([
        api.post(`/store/carts/${cartId}/checkout`, {}, street.store),
        new Promise((resolve) => setTimeout(resolve, (trial * 10) % 500)).then(() =>
          api.post(`/vendor/sellers/${shop.sellerId}/products/${shop.productId}`, { quantity: reserved }, shop.merchant)
        ),
      ])
      for (const result of [checkout, edit]) {
        if (result.status === "rejected") {
          expect(result.reason.response?.status).toBe(400)
        }
      }
      const [afterStocked, afterReserved] = await street.stock(shop.variantId)
      if (afterReserved > afterStocked) oversold++
      if (checkout.status === "rejected" && edit.status === "rejected") bothRefused++
    }
    expect(oversold).toBe(0)
    expect(bothRefused).toBe(0)
    const [stocked, reserved] = await street.stock(shop.variantId)
    expect(stocked).toBeGreaterThanOrEqual(reserved)
    expect(await street.ordersOf(shop.variantId)).toHaveLength(reserved)
  })

  it("completes establishments' carts through /checkout only: Medusa's /complete writes no order, even racing it", async () => {
    const shop = await street.establishment("online", { quantity: 10 })
    // Everything Medusa's completion asks for: a shipping method (pickup at the shop) and a payment session.
    const optionId = await pickupOption(shop.sellerId)
    const prepared = async () => {
      const cartId = await street.cart([{ variantId: shop.variantId, quantity: 1 }])
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId }, street.store)
      await api.post(`/store/carts/${cartId}/online-payment`, { provider_id: "pp_system_default" }, street.store)
      return cartId
    }
    const alone = await prepared()
    const refused = await failure(api.post(`/store/carts/${alone}/complete`, {}, street.store))
    expect([refused.status, refused.data.message]).toEqual([400, expect.stringContaining("/store/carts/:id/checkout")])
    expect(await street.ordersOf(shop.variantId)).toEqual([])

    let sold = 0
    for (let trial = 0; trial < 5; trial++) {
      const cartId = await prepared()
      const [complete, checkout] = await Promise.allSettled([
        api.post(`/store/carts/${cartId}/complete`, {}, street.store),
        api.post(`/store/carts/${cartId}/checkout`, {}, street.store),
      ])
      expect(complete.status).toBe("rejected")
      if (checkout.status === "fulfilled") {
        expect(checkout.value.data.order_group.orders).toHaveLength(1)
        sold += 1
      }
    }
    // Every order was made by our checkout, one per sale, each in an order group the merchant sees.
    expect(sold).toBeGreaterThan(0)
    expect(await street.ordersOf(shop.variantId)).toHaveLength(sold)
    const { data: board } = await api.get(`/vendor/sellers/${shop.sellerId}/orders`, shop.merchant)
    expect(board.orders).toHaveLength(sold)
    expect(await street.stock(shop.variantId)).toEqual([10, sold])
  })

  it("creates products of the same name at once, each with its own handle, leaving no orphan option", async () => {
    const shop = await street.establishment("reservation")
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () =>
        api.post(`/vendor/sellers/${shop.sellerId}/products`, { title: "Pain de seigle", price: 3, quantity: 2 }, shop.merchant)
      )
    )
    expect(results.filter((r) => r.status === "rejected")).toEqual([])
    const handles = results.map((r) => (r as PromiseFulfilledResult<{ data: any }>).value.data.product.handle as string)
    expect(new Set(handles).size).toBe(6)
    const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await pg.raw(`
      select count(*)::int as orphans from product_option o
       where o.deleted_at is null
         and not exists (
           select 1 from product_product_option l join product p on p.id = l.product_id and p.deleted_at is null
            where l.product_option_id = o.id and l.deleted_at is null)`)
    expect(rows[0].orphans).toBe(0)
  })

  it("answers 400 in French, naming what is wrong, to requests that used to reach the database or crash", async () => {
    const shop = await street.establishment("reservation")
    const store = street.store.headers
    const expectations: [string, string, Record<string, string>, string | undefined, RegExp][] = [
      ["GET", "/store/sellers/%E0%A4%A", store, undefined, /^adresse : encodage invalide/],
      ["GET", "/t/%", {}, undefined, /^adresse : encodage invalide/],
      ["GET", "/store/discover?q=pain%00", store, undefined, /^q : caractère de contrôle interdit$/],
      ["GET", "/store/sellers/boul%00angerie", store, undefined, /^adresse : caractère de contrôle interdit$/],
      [
        "POST",
        `/vendor/sellers/${shop.sellerId}`,
        { ...shop.merchant.headers, "content-type": "application/json" },
        JSON.stringify({ description: "Pain\u0000" }),
        /^description : caractère de contrôle interdit$/,
      ],
      [
        "POST",
        `/vendor/sellers/${shop.sellerId}/photos`,
        { ...shop.merchant.headers, "content-type": "multipart/form-data; boundary=xyz" },
        "--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.png\"\r\n\r\nabc",
        /^corps multipart : illisible/,
      ],
      [
        "POST",
        `/vendor/sellers/${shop.sellerId}`,
        { ...shop.merchant.headers, "content-type": "multipart/form-data; boundary=xyz" },
        "--xyz--\r\n",
        /^corps : JSON attendu/,
      ],
    ]
    for (const [method, path, headers, body, message] of expectations) {
      const response = await rawRequest(base(), method, path, { headers, body })
      expect([path, response.status]).toEqual([path, 400])
      expect([path, JSON.parse(response.body).message]).toEqual([path, expect.stringMatching(message)])
    }
  })

  it("refuses invalid values it used to store, and names the field of every 400", async () => {
    const shop = await street.establishment("reservation")
    const m = shop.merchant
    const deals = `/vendor/sellers/${shop.sellerId}/deals`
    const events = `/vendor/sellers/${shop.sellerId}/events`
    const start = new Date(Date.now() + 2 * 86_400_000).toISOString()
    const end = new Date(Date.now() + 2 * 86_400_000 + 3_600_000).toISOString()
    const event = { title: "Atelier", category: "atelier", starts_at: start, ends_at: end }
    const { data: deal } = await api.post(deals, { title: "Café offert", kind: "gift", starts_on: start.slice(0, 10), ends_on: start.slice(0, 10) }, m)
    const cases: [string, () => Promise<unknown>, RegExp][] = [
      ["event dates", () => api.get("/store/events?from=demain", street.store), /^from : date et heure impossibles/],
      ["stats day", () => api.get(`/vendor/sellers/${shop.sellerId}/stats?to=2024-13-45`, m), /^to : date impossible/],
      ["stats period", () => api.get(`/vendor/sellers/${shop.sellerId}/stats?from=2024-01-01&to=2026-01-01`, m), /^to : une période couvre un an au plus$/],
      ["beacon", () => api.post("/store/beacon", { type: "autre" }, street.store), /^type : vitrine_view ou search attendu$/],
      ["deal day", () => api.post(deals, { title: "Promo", kind: "gift", starts_on: "2030-13-45", ends_on: "2030-12-31" }, m), /^starts_on : date impossible/],
      ["deal order", () => api.post(deals, { title: "Promo", kind: "gift", starts_on: "2030-02-02", ends_on: "2030-02-01" }, m), /^ends_on : /],
      ["event link", () => api.post(events, { ...event, booking_url: "javascript:alert(1)" }, m), /^booking_url : adresse web invalide/],
      ["event image", () => api.post(events, { ...event, image_url: "data:text/html,<script>alert(1)</script>" }, m), /^image_url : adresse web invalide/],
      ["event instant", () => api.post(events, { ...event, starts_at: "0000-01-01T00:00:00Z" }, m), /^starts_at : date et heure impossibles/],
      ["free with a price", () => api.post(events, { ...event, is_free: true, price: 12 }, m), /^price : un événement gratuit n'a pas de prix$/],
      ["recurrence", () => api.post(events, { ...event, recurrence: { type: "weekly", until: "2020-01-01" } }, m), /^recurrence\.until : /],
      ["recurrence day", () => api.post(events, { ...event, recurrence: { type: "weekly", until: "2030-13-45" } }, m), /^recurrence\.until : date impossible/],
      ["website", () => api.post(`/vendor/sellers/${shop.sellerId}`, { website: "javascript:alert(1)" }, m), /^website : adresse web invalide/],
      ["social link", () => api.post(`/vendor/sellers/${shop.sellerId}`, { social_links: { instagram: "data:text/html,x" } }, m), /^social_links\.instagram : adresse web invalide/],
      ["photo link", () => api.post(`/vendor/sellers/${shop.sellerId}`, { photos: ["javascript:alert(1)"] }, m), /^photos\[0\] : adresse web invalide/],
      ["tiny price", () => api.post(`/vendor/sellers/${shop.sellerId}/products`, { title: "Pain", price: 1e-10, quantity: 1 }, m), /^price : un centime au moins/],
      ["half a cent", () => api.post(`/vendor/sellers/${shop.sellerId}/products`, { title: "Pain", price: 0.005, quantity: 1 }, m), /^price : /],
      ["claim e-mail", () => api.post(`/store/deals/${deal.deal.id}/claim`, { email: `${"a".repeat(70_000)}@exemple.fr` }, street.store), /^email : adresse e-mail trop longue/],
      ["establishment claim", () => api.post("/store/establishment-claims", { siret: "73282932000074", email: "pas-une-adresse", name: "Léa" }, street.store), /^email : adresse e-mail invalide$/],
      ["negative limit", () => api.get("/store/communes?limit=-1", street.store), /^limit : 1 au moins$/],
      ["negative offset", () => api.get("/store/communes?offset=-1", street.store), /^offset : 0 au moins$/],
      ["fractional limit", () => api.get("/store/communes?limit=1.5", street.store), /^limit : nombre entier attendu$/],
    ]
    for (const [what, request, message] of cases) {
      const refused = await failure(request())
      expect([what, refused.status, refused.data.message]).toEqual([what, 400, expect.stringMatching(message)])
    }
    // A path parameter no object can have is looked up nowhere: 404, naming the parameter.
    const paths: [string, () => Promise<unknown>, string][] = [
      ["two extensions", () => api.get(`/opendata/communes/commune-x/establishments.json.csv`), "resource : ressource inconnue"],
      ["malformed id", () => api.get(`/vendor/sellers/-1`, m), "id : identifiant invalide"],
      ["traversal", () => api.get(`/vendor/sellers/${shop.sellerId}/products/..%2F..%2Fpackage.json`, m), "product_id : identifiant invalide"],
    ]
    for (const [what, request, message] of paths) {
      const refused = await failure(request())
      expect([what, refused.status, refused.data.message]).toEqual([what, 404, message])
    }
    // None of it was stored: the deal and the establishment are as they were.
    expect((await api.get(deals, m)).data.deals).toHaveLength(1)
    expect((await api.get(events, m)).data.events).toEqual([])
    expect((await api.get(`/vendor/sellers/${shop.sellerId}`, m)).data.seller.website ?? null).toBeNull()
  })

  it("slows password guessing: the 11th failure answers 429 with Retry-After, the right password works after the window", async () => {
    const shop = await street.establishment("reservation")
    const email = (await api.get("/vendor/me", shop.merchant)).data.merchant.email as string
    const signIn = (password: string, who = email) =>
      rawRequest(base(), "POST", "/auth/merchant/emailpass", {
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: who, password }),
      })
    const timed = async (who: string) => {
      const started = Date.now()
      const response = await signIn("pas-le-bon", who)
      return { status: response.status, body: response.body, ms: Date.now() - started }
    }
    // An unknown e-mail and a wrong password answer alike, and no sooner than the same floor.
    const unknown = await timed("personne@nulle-part.test")
    const wrong = await timed(email)
    expect([unknown.status, unknown.body]).toEqual([wrong.status, wrong.body])
    expect(unknown.ms).toBeGreaterThanOrEqual(390)
    expect(wrong.ms).toBeGreaterThanOrEqual(390)

    for (let attempt = 2; attempt <= 10; attempt++) {
      expect((await signIn("pas-le-bon")).status).toBe(401)
    }
    const blocked = await signIn("pas-le-bon")
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0)
    expect(JSON.parse(blocked.body).message).toMatch(/^Trop de tentatives/)
    // Blocked means blocked, even with the right password, until the window ends.
    expect((await signIn("secret-commercant")).status).toBe(429)
    await new Promise((resolve) => setTimeout(resolve, (Number(blocked.headers["retry-after"]) + 1) * 1000))
    expect((await signIn("secret-commercant")).status).toBe(200)
  })

  it("masks the shopper's e-mail to whoever holds only the order's reference", async () => {
    const shop = await street.establishment("reservation")
    const cartId = await street.cart([{ variantId: shop.variantId, quantity: 1 }])
    const { data } = await api.post(`/store/carts/${cartId}/checkout`, {}, street.store)
    // The checkout answers the shopper who just typed it.
    expect(data.order_group.email).toBe("lea.martin@exemple.test")
    const { data: read } = await api.get(`/store/order-groups/${data.order_group.id}`, street.store)
    expect(read.order_group.email).toBe("l********@exemple.test")
    expect(read.order_group).not.toHaveProperty("customer_id")
    expect(JSON.stringify(read)).not.toContain("0320000000")
  })
}
