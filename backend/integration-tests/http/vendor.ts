import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import fs from "node:fs"
import path from "node:path"
import sharp from "sharp"
import { beforeEach, describe, expect, it, onTestFinished } from "vitest"
import { bearer, merchantHeaders, operatorHeaders, storeHeaders } from "../helpers/actors"
import { communePayload } from "../helpers/communes"
import { failure } from "../helpers/http"
import { sellerPayload } from "../helpers/sellers"
import { storefrontRevalidationTests } from "../suites/storefront-revalidation"

export function vendorTests({ api, getContainer }: MedusaSuiteOptions) {
  describe("the merchant's vendor API", () => {
    let operator: { headers: Record<string, string> }
    let communeId: string

    beforeEach(async () => {
      operator = await operatorHeaders(getContainer(), api)
      communeId = (
        await api.post("/admin/communes", communePayload({ latitude: 50.6292, longitude: 3.0573 }), operator)
      ).data.commune.id
    })

    const createSeller = async (overrides: Record<string, unknown> = {}) =>
      (await api.post("/admin/sellers", sellerPayload(communeId, overrides), operator)).data.seller

    it("invites a merchant who then sees and edits its establishment", async () => {
      const seller = await createSeller({ name: "Fromagerie Bleu", handle: "fromagerie-bleu" })
      const merchant = await merchantHeaders(api, operator, seller.id, "marie@fromagerie.test")

      const me = await api.get("/vendor/me", merchant)
      expect(me.data.merchant.email).toBe("marie@fromagerie.test")
      expect(me.data.merchant.memberships).toEqual([
        expect.objectContaining({ role: "owner", seller: expect.objectContaining({ handle: "fromagerie-bleu" }) }),
      ])

      const list = await api.get("/vendor/sellers", merchant)
      expect(list.data.sellers.map((s: { id: string; role: string }) => [s.id, s.role])).toEqual([[seller.id, "owner"]])

      const edited = await api.post(
        `/vendor/sellers/${seller.id}`,
        { description: "Affineur depuis 1952.", phone: "03 20 00 00 00" },
        merchant
      )
      expect(edited.data.seller).toMatchObject({ description: "Affineur depuis 1952.", phone: "03 20 00 00 00" })

      const mode = await failure(api.post(`/vendor/sellers/${seller.id}`, { commerce_mode: "online" }, merchant))
      expect(mode.status).toBe(400)
      expect(mode.data.message).toContain("commerce_mode")

      const siret = await failure(api.post(`/vendor/sellers/${seller.id}`, { siret: "12345678901234" }, merchant))
      expect(siret.status).toBe(400)
      expect(siret.data.message).toContain("siret")
    })

    it("answers 404 on another merchant's establishment and changes nothing", async () => {
      const mine = await createSeller()
      const theirs = await createSeller({ description: "Intact" })
      const me = await merchantHeaders(api, operator, mine.id, "a@commerce.test")
      await merchantHeaders(api, operator, theirs.id, "b@commerce.test")

      // Sent one after the other, each awaited, so that every rejection is handled.
      const attempts = [
        () => api.get(`/vendor/sellers/${theirs.id}`, me),
        () => api.post(`/vendor/sellers/${theirs.id}`, { description: "Piraté" }, me),
        () => api.get(`/vendor/sellers/${theirs.id}/opening-hours`, me),
        () => api.post(`/vendor/sellers/${theirs.id}/opening-hours`, { osm: "Mo-Su 00:00-24:00" }, me),
        () => api.post(`/vendor/sellers/${theirs.id}/submit`, {}, me),
        () => api.post(`/vendor/sellers/${theirs.id}/commerce-mode`, { commerce_mode: "reservation" }, me),
        () => api.get(`/vendor/sellers/${theirs.id}/products`, me),
        () => api.post(`/vendor/sellers/${theirs.id}/products`, { title: "Intrus", price: 1, quantity: 1 }, me),
        () => api.get(`/vendor/sellers/${theirs.id}/orders`, me),
        () => api.get(`/vendor/sellers/${theirs.id}/reservations`, me),
        () => api.post(`/vendor/sellers/${theirs.id}/reservations/resa_inconnue`, { status: "confirmed" }, me),
        () => api.delete(`/vendor/sellers/${theirs.id}/photos?url=${encodeURIComponent("http://localhost:9000/static/x.png")}`, me),
        () => api.get("/vendor/sellers/sel_inconnu", me),
      ]
      for (const attempt of attempts) {
        expect((await failure(attempt())).status).toBe(404)
      }
      const after = (await api.get(`/admin/sellers/${theirs.id}`, operator)).data.seller
      expect(after).toMatchObject({ description: "Intact", status: "draft" })
    })

    it("lets one merchant run several establishments, once each", async () => {
      const first = await createSeller()
      const second = await createSeller()
      const merchant = await merchantHeaders(api, operator, first.id, "paul@deux.test")

      const { data: invited } = await api.post(
        `/admin/sellers/${second.id}/merchant-invites`,
        { email: "paul@deux.test", role: "staff" },
        operator
      )
      await api.post("/vendor/invites/accept", { token: invited.invite.token }, merchant)
      const list = await api.get("/vendor/sellers", merchant)
      expect(list.data.sellers.map((s: { role: string }) => s.role).sort()).toEqual(["owner", "staff"])

      const { data: again } = await api.post(
        `/admin/sellers/${second.id}/merchant-invites`,
        { email: "paul@deux.test" },
        operator
      )
      const twice = await failure(api.post("/vendor/invites/accept", { token: again.invite.token }, merchant))
      expect(twice.status).toBe(400)
      expect(twice.data.message).toContain("already run")
    })

    it("imports and exports opening hours as OpenStreetMap values", async () => {
      const seller = await createSeller()
      const merchant = await merchantHeaders(api, operator, seller.id, "osm@commerce.test")

      const imported = await api.post(
        `/vendor/sellers/${seller.id}/opening-hours`,
        { osm: "Mo-Fr 09:00-12:00,14:00-19:00; Sa 09:00-18:00" },
        merchant
      )
      expect(imported.data.seller.opening_hours.weekly).toMatchObject({
        mo: [{ open: "09:00", close: "12:00" }, { open: "14:00", close: "19:00" }],
        sa: [{ open: "09:00", close: "18:00" }],
        su: [],
      })
      const exported = await api.get(`/vendor/sellers/${seller.id}/opening-hours`, merchant)
      expect(exported.data.osm).toBe("Mo-Fr 09:00-12:00,14:00-19:00; Sa 09:00-18:00")

      const bad = await failure(
        api.post(`/vendor/sellers/${seller.id}/opening-hours`, { osm: "tous les jours" }, merchant)
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("osm")
    })

    it("submits a draft for review once", async () => {
      const seller = await createSeller()
      const merchant = await merchantHeaders(api, operator, seller.id, "submit@commerce.test")
      const submitted = await api.post(`/vendor/sellers/${seller.id}/submit`, {}, merchant)
      expect(submitted.data.seller.status).toBe("pending")
      const again = await failure(api.post(`/vendor/sellers/${seller.id}/submit`, {}, merchant))
      expect(again.status).toBe(400)
      expect(again.data.type).toBe("not_allowed")
    })

    it("adds a product owned by the establishment, sold on the platform, stocked in its location", async () => {
      const seller = await createSeller({ name: "Torréfaction", handle: "torrefaction" })
      const merchant = await merchantHeaders(api, operator, seller.id, "cafe@commerce.test")

      const created = await api.post(
        `/vendor/sellers/${seller.id}/products`,
        { title: "Café d'Éthiopie moulu 250 g", price: 8.9, quantity: 12, sku: "ETH-250" },
        merchant
      )
      expect(created.status).toBe(201)
      expect(created.data.product).toMatchObject({
        title: "Café d'Éthiopie moulu 250 g",
        status: "published",
        variants: [expect.objectContaining({ sku: "ETH-250", prices: [expect.objectContaining({ amount: 8.9, currency_code: "eur" })] })],
      })

      // Loosely typed: the links (product.seller) are not in Query's generated types here.
      const query = getContainer().resolve<any>("query")
      const {
        data: [product],
      } = await query.graph({
        entity: "product",
        fields: ["seller.id", "sales_channels.id", "variants.inventory_items.inventory.location_levels.*"],
        filters: { id: created.data.product.id },
      })
      const {
        data: [owner],
      } = await query.graph({ entity: "seller", fields: ["stock_location.id"], filters: { id: seller.id } })
      const {
        data: [store],
      } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
      expect(product.seller.id).toBe(seller.id)
      expect(product.sales_channels.map((c: { id: string }) => c.id)).toEqual([store.default_sales_channel_id])
      const levels = product.variants[0].inventory_items[0].inventory.location_levels
      expect(levels.map((l: { location_id: string; stocked_quantity: number }) => [l.location_id, l.stocked_quantity])).toEqual([
        [owner.stock_location.id, 12],
      ])

      const listed = await api.get(`/vendor/sellers/${seller.id}/products`, merchant)
      expect(listed.data.products.map((p: { title: string }) => p.title)).toEqual(["Café d'Éthiopie moulu 250 g"])

      // Once the establishment is open, its vitrine shows the product to everyone.
      await api.post(`/vendor/sellers/${seller.id}/submit`, {}, merchant)
      await api.post(`/admin/sellers/${seller.id}/status`, { status: "open" }, operator)
      const vitrine = await api.get("/store/sellers/torrefaction", await storeHeaders(getContainer()))
      expect(vitrine.data.seller.products).toEqual([
        expect.objectContaining({
          title: "Café d'Éthiopie moulu 250 g",
          variants: [expect.objectContaining({ prices: [expect.objectContaining({ amount: 8.9 })] })],
        }),
      ])
    })

    it("lets two establishments sell a product of the same name, each with its own address", async () => {
      const handles = []
      for (const n of [1, 2, 3]) {
        const seller = await createSeller({ name: `Boulangerie ${n}`, handle: `boulangerie-${n}` })
        const merchant = await merchantHeaders(api, operator, seller.id, `pain${n}@commerce.test`)
        const created = await api.post(`/vendor/sellers/${seller.id}/products`, { title: "Pain au levain", price: 4, quantity: 5 }, merchant)
        handles.push(created.data.product.handle)
      }
      expect(handles).toEqual(["pain-au-levain", "pain-au-levain-2", "pain-au-levain-3"])
    })

    it("adds no product to another merchant's establishment and names bad fields", async () => {
      const mine = await createSeller()
      const theirs = await createSeller()
      const me = await merchantHeaders(api, operator, mine.id, "c@commerce.test")

      const foreign = await failure(
        api.post(`/vendor/sellers/${theirs.id}/products`, { title: "Intrus", price: 1, quantity: 1 }, me)
      )
      expect(foreign.status).toBe(404)
      expect((await failure(api.get(`/vendor/sellers/${theirs.id}/products`, me))).status).toBe(404)

      const price = await failure(
        api.post(`/vendor/sellers/${mine.id}/products`, { title: "Gratuit", price: -2, quantity: 1 }, me)
      )
      expect(price.status).toBe(400)
      expect(price.data.message).toContain("price")

      const { data } = await getContainer().resolve("query").graph({ entity: "product", fields: ["id"] })
      expect(data).toEqual([])
    })

    it("updates its own products' text, price and stock, and nobody else's", async () => {
      const mine = await createSeller()
      const theirs = await createSeller()
      const me = await merchantHeaders(api, operator, mine.id, "prix@commerce.test")
      const them = await merchantHeaders(api, operator, theirs.id, "autre-prix@commerce.test")
      const { data: own } = await api.post(
        `/vendor/sellers/${mine.id}/products`,
        { title: "Pain de campagne", price: 3.2, quantity: 10 },
        me
      )
      const { data: foreign } = await api.post(
        `/vendor/sellers/${theirs.id}/products`,
        { title: "Baguette", price: 1.2, quantity: 50 },
        them
      )

      const updated = await api.post(
        `/vendor/sellers/${mine.id}/products/${own.product.id}`,
        { title: "Pain de campagne 1 kg", price: 4.1, quantity: 6 },
        me
      )
      const variant = updated.data.product.variants[0]
      expect(updated.data.product.title).toBe("Pain de campagne 1 kg")
      expect(variant.prices).toEqual([expect.objectContaining({ amount: 4.1, currency_code: "eur" })])
      expect(variant.inventory_items[0].inventory.location_levels[0].stocked_quantity).toBe(6)

      // Another establishment's product, whether through its own path or through mine: 404.
      const viaTheirs = await failure(
        api.post(`/vendor/sellers/${theirs.id}/products/${foreign.product.id}`, { price: 0.5 }, me)
      )
      const viaMine = await failure(
        api.post(`/vendor/sellers/${mine.id}/products/${foreign.product.id}`, { price: 0.5 }, me)
      )
      expect([viaTheirs.status, viaMine.status]).toEqual([404, 404])
      const untouched = await api.get(`/vendor/sellers/${theirs.id}/products`, them)
      expect(untouched.data.products[0].variants[0].prices[0].amount).toBe(1.2)

      const bad = await failure(
        api.post(`/vendor/sellers/${mine.id}/products/${own.product.id}`, { quantity: -1 }, me)
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("quantity")
    })

    it("moves up commerce modes once their prerequisites hold, keeping everything entered", async () => {
      const seller = await createSeller({ description: "Gardée" })
      const other = await createSeller()
      const merchant = await merchantHeaders(api, operator, seller.id, "modes@commerce.test")

      const early = await failure(
        api.post(`/vendor/sellers/${seller.id}/commerce-mode`, { commerce_mode: "reservation" }, merchant)
      )
      expect(early.status).toBe(400)
      expect(early.data.message).toBe("Ce mode de vente demande encore : un produit publié avec un prix en euros")

      await api.post(`/vendor/sellers/${seller.id}/products`, { title: "Tarte au sucre", price: 12, quantity: 3 }, merchant)
      const reservation = await api.post(
        `/vendor/sellers/${seller.id}/commerce-mode`,
        { commerce_mode: "reservation" },
        merchant
      )
      expect(reservation.data.seller).toMatchObject({ commerce_mode: "reservation", description: "Gardée" })

      // No Stripe key here: online payment is simulated, and the answer says so.
      const online = await api.post(`/vendor/sellers/${seller.id}/commerce-mode`, { commerce_mode: "online" }, merchant)
      expect(online.data).toMatchObject({ seller: { commerce_mode: "online" }, online_payment: "simulated" })

      const foreign = await failure(
        api.post(`/vendor/sellers/${other.id}/commerce-mode`, { commerce_mode: "showcase" }, merchant)
      )
      expect(foreign.status).toBe(404)
      const bad = await failure(
        api.post(`/vendor/sellers/${seller.id}/commerce-mode`, { commerce_mode: "drive" }, merchant)
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("commerce_mode")
    })

    it("refuses anonymous callers, other actors and invitations sent to someone else", async () => {
      expect((await failure(api.get("/vendor/me"))).status).toBe(401)
      expect((await failure(api.get("/vendor/sellers", operator))).status).toBe(401)

      const seller = await createSeller()
      const { data: invited } = await api.post(
        `/admin/sellers/${seller.id}/merchant-invites`,
        { email: "destinataire@commerce.test" },
        operator
      )
      const { data: stranger } = await api.post("/auth/merchant/emailpass/register", {
        email: "autre@commerce.test",
        password: "secret",
      })
      const res = await failure(api.post("/vendor/invites/accept", { token: invited.invite.token }, bearer(stranger.token)))
      expect(res.status).toBe(400)
      expect(res.data.message).toContain("another email address")
    })

    it("adds photos to its vitrine through the file module, within limits, and takes one off", async () => {
      const seller = await createSeller()
      const merchant = await merchantHeaders(api, operator, seller.id, "photos@boutique.test")
      const other = await merchantHeaders(api, operator, (await createSeller()).id, "voisin@boutique.test")
      // A real 1×1 PNG.
      const png = Buffer.from(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
        "base64"
      )
      const form = (count: number) => {
        const data = new FormData()
        for (let i = 0; i < count; i++) {
          data.append("files", new Blob([png], { type: "image/png" }), `devanture-${i}.png`)
          data.append("alt", `La devanture, vue ${i + 1}`)
        }
        return data
      }

      const { data } = await api.post(`/vendor/sellers/${seller.id}/photos`, form(2), merchant)
      expect(data.photos).toHaveLength(2)
      const storedFiles: string[] = []
      onTestFinished(() => storedFiles.forEach((file) => fs.rmSync(file, { force: true })))
      for (const url of data.photos) {
        // Stored under a name of ours, re-encoded as WebP: neither the client's name nor its bytes are kept.
        expect(url).toMatch(/^http:\/\/localhost:9000\/media\/\d+-photo-[0-9a-f-]{36}-1\.webp$/)
        // The local provider writes under the process's working directory.
        const stored = path.resolve(process.cwd(), "uploads", decodeURIComponent(url.split("/media/")[1]))
        storedFiles.push(stored)
        expect(fs.readFileSync(stored).subarray(8, 12).toString("ascii")).toBe("WEBP")
      }
      expect((await api.get(`/vendor/sellers/${seller.id}`, merchant)).data.seller.photos).toEqual(data.photos)

      const tooMany = await failure(api.post(`/vendor/sellers/${seller.id}/photos`, form(9), merchant))
      expect([tooMany.status, tooMany.data.message]).toEqual([
        400,
        "Une vitrine montre au plus 10 photos : vous pouvez encore en ajouter 8",
      ])
      const foreign = await failure(api.post(`/vendor/sellers/${seller.id}/photos`, form(1), other))
      expect(foreign.status).toBe(404)

      const removed = await api.delete(`/vendor/sellers/${seller.id}/photos?url=${encodeURIComponent(data.photos[0])}`, merchant)
      expect(removed.data.photos).toEqual([data.photos[1]])
      expect((await api.get(`/vendor/sellers/${seller.id}`, merchant)).data.seller.photos).toEqual([data.photos[1]])
      // A photo taken off the vitrine is deleted from the store, not left served.
      expect(fs.existsSync(storedFiles[0])).toBe(false)
      expect(fs.existsSync(storedFiles[1])).toBe(true)
    })

    const byUrl = (list: { url: string }[]) => Object.fromEntries(list.map((m) => [m.url, m])) as Record<string, any>

    it("stores a phone photo upright in WebP at each width without its EXIF, asks for its text, and reorders the cover", async () => {
      const seller = await createSeller()
      const merchant = await merchantHeaders(api, operator, seller.id, "appareil@boutique.test")
      // 4000×3000 as a phone stores it sideways, with its orientation (6: turn 90°) and a GPS position.
      const photo = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: "#c86428" } })
        .jpeg()
        .withExif({ IFD0: { Make: "Téléphone" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "50/1 38/1 0/1" } })
        .withMetadata({ orientation: 6 })
        .toBuffer()
      const upload = (alt?: string) => {
        const data = new FormData()
        data.append("files", new Blob([photo], { type: "image/jpeg" }), "IMG_2041.jpg")
        if (alt !== undefined) data.append("alt", alt)
        return api.post(`/vendor/sellers/${seller.id}/photos`, data, merchant)
      }

      const refused = await failure(upload())
      expect([refused.status, refused.data.message]).toEqual([
        400,
        "alt[0] (« IMG_2041.jpg ») : le texte alternatif est obligatoire. Décrivez ce que montre la photo, ou indiquez qu'elle est décorative.",
      ])
      expect((await api.get(`/vendor/sellers/${seller.id}`, merchant)).data.seller.photos).toEqual([])
      expect((await failure(upload("Pain\u0000"))).data.message).toBe("alt[0] : caractère de contrôle interdit")

      const first = (await upload("Le four à pain")).data.photos[0] as string
      const second = (await upload("La devanture en hiver")).data.photos[1] as string
      const { seller: stored } = (await api.get(`/vendor/sellers/${seller.id}`, merchant)).data
      const meta = byUrl(stored.photo_meta)[first]
      expect(meta).toMatchObject({ alt: "Le four à pain", decorative: false, width: 1600, height: 2133 })
      expect(meta.srcset.map((s: { width: number }) => s.width)).toEqual([480, 960, 1600])
      for (const { width, url } of meta.srcset as { width: number; url: string }[]) {
        const file = path.resolve(process.cwd(), "uploads", decodeURIComponent(url.split("/media/")[1]))
        onTestFinished(() => fs.rmSync(file, { force: true }))
        const read = await sharp(fs.readFileSync(file)).metadata()
        expect([read.format, read.width, read.exif, read.orientation]).toEqual(["webp", width, undefined, undefined])
      }

      // Reordering makes the second photo the cover, with its text edited; the public vitrine follows.
      for (const status of ["pending", "open"]) {
        await api.post(`/admin/sellers/${seller.id}/status`, { status }, operator)
      }
      const arranged = await api.post(
        `/vendor/sellers/${seller.id}/photos/arrangement`,
        { photos: [{ url: second, alt: "La devanture sous la neige" }, { url: first, decorative: true }] },
        merchant
      )
      expect(arranged.data.photos).toEqual([second, first])
      const { seller: shown } = (await api.get(`/store/sellers/${seller.handle}`, await storeHeaders(getContainer()))).data
      expect(shown.photos).toEqual([second, first])
      expect(shown.photo_meta.map((m: { url: string }) => m.url)).toEqual([second, first])
      expect(byUrl(shown.photo_meta)[second].alt).toBe("La devanture sous la neige")
      expect(byUrl(shown.photo_meta)[first]).toMatchObject({ alt: "", decorative: true })
      const dropped = await failure(api.post(`/vendor/sellers/${seller.id}/photos/arrangement`, { photos: [{ url: second, alt: "x" }] }, merchant))
      expect([dropped.status, dropped.data.message]).toEqual([400, "photos : la liste doit reprendre chaque photo de la vitrine une fois, dans l'ordre voulu (ou dans remove)."])

      // Taken off in the same arrangement, every stored width of the photo is deleted.
      const kept = await api.post(
        `/vendor/sellers/${seller.id}/photos/arrangement`,
        { photos: [{ url: second, alt: "La devanture sous la neige" }], remove: [first] },
        merchant
      )
      expect(kept.data.photos).toEqual([second])
      expect((await api.get(`/vendor/sellers/${seller.id}`, merchant)).data.seller.photo_meta.map((m: { url: string }) => m.url)).toEqual([second])
      for (const { url } of meta.srcset as { url: string }[]) {
        expect(fs.existsSync(path.resolve(process.cwd(), "uploads", decodeURIComponent(url.split("/media/")[1])))).toBe(false)
      }
    })
  })

  describe("storefront revalidation", () => storefrontRevalidationTests({ api, getContainer }))
}
