import sharp from "sharp"
import { beforeEach, expect, it } from "vitest"
import { failure } from "../helpers/http"
import { rawRequest } from "../helpers/raw-http"
import { backendIntegrationSuite } from "../helpers/runner"
import { shoppingStreet } from "../helpers/shop"

/** Defects found by attacking the demo (issue 16), one test each; the fuzz and authorization files cover the rest. */
backendIntegrationSuite(
  ({ api, getContainer }) => {
    let street: Awaited<ReturnType<typeof shoppingStreet>>
    const base = () => api.defaults.baseURL as string

    beforeEach(async () => {
      street = await shoppingStreet(api, getContainer())
    })

    const upload = (sellerId: string, merchant: { headers: Record<string, string> }, bytes: Buffer, name: string, type: string) => {
      const form = new FormData()
      form.append("files", new Blob([bytes], { type }), name)
      return api.post(`/vendor/sellers/${sellerId}/photos`, form, merchant)
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
      expect(url).toMatch(/\/media\/\d+-photo-[0-9a-f-]{36}\.webp$/)
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
        const [checkout, edit] = await Promise.allSettled([
          api.post(`/store/carts/${cartId}/checkout`, {}, street.store),
          api.post(`/vendor/sellers/${shop.sellerId}/products/${shop.productId}`, { quantity: reserved }, shop.merchant),
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
      const prepared = async () => {
        const cartId = await street.cart([{ variantId: shop.variantId, quantity: 1 }])
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
  },
  { AUTH_WINDOW_SECONDS: "10" }
)
