import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import sharp from "sharp"
import { beforeEach, expect, it } from "vitest"
import { failure } from "../helpers/http"
import { bucket } from "../helpers/object-storage"
import { shoppingStreet } from "../helpers/shop"
import { OBJECT_STORAGE_ENVIRONMENT } from "../setup/environment"

/**
 * Vitrine photos on S3-compatible object storage (Medusa's file-s3 provider), against a real s3rver in
 * this process: what the merchant uploads is in the bucket, served from the bucket's public address, and
 * gone from it when taken off; a bucket that refuses writes leaves nothing half-written.
 */
export function objectStorageTests({ api, getContainer }: MedusaSuiteOptions) {
  let street: Awaited<ReturnType<typeof shoppingStreet>>
  const publicUrl = OBJECT_STORAGE_ENVIRONMENT.S3_PUBLIC_URL

  beforeEach(async () => {
    street = await shoppingStreet(api, getContainer())
  })

  const photo = () => sharp({ create: { width: 800, height: 600, channels: 3, background: "#c86428" } }).jpeg().toBuffer()
  const upload = async (sellerId: string, merchant: { headers: Record<string, string> }, bytes: Buffer) => {
    const form = new FormData()
    form.append("files", new Blob([bytes], { type: "image/jpeg" }), "four.jpg")
    form.append("alt", "Le four à pain")
    return api.post(`/vendor/sellers/${sellerId}/photos`, form, merchant)
  }
  const vitrine = async (sellerId: string) => {
    const query = getContainer().resolve("query")
    const {
      data: [seller],
    } = await query.graph({ entity: "seller", fields: ["photos", "photo_meta"], filters: { id: sellerId } })
    return seller as { photos: string[]; photo_meta: unknown }
  }

  it("reports every dependency ready: PostgreSQL, the search indexes, SMTP and the bucket; Redis off", async () => {
    const { data } = await api.get("/ready")
    expect(data).toEqual({
      status: "ready",
      checks: {
        database: { status: "ok" },
        redis: { status: "off", detail: "REDIS_URL absent : événements, verrous et cache en mémoire" },
        search: { status: "ok" },
        smtp: { status: "ok" },
        files: { status: "ok" },
      },
    })
  })

  it("stores a vitrine's photo in the bucket, serves it from there, and deletes every width when taken off", async () => {
    const shop = await street.establishment("reservation")
    const before = await bucket.keys()
    const { data } = await upload(shop.sellerId, shop.merchant, await photo())
    const [url] = data.photos as string[]
    expect(url.startsWith(`${publicUrl}/`)).toBe(true)

    // Every width is an object of the bucket, a WebP of the right size, read back through the S3 API.
    const stored = (await bucket.keys()).filter((key) => !before.includes(key))
    expect(stored.length).toBeGreaterThan(0)
    const widest = stored.find((key) => url.endsWith(`/${key}`))!
    expect(widest).toBeDefined()
    const bytes = await bucket.bytes(widest)
    expect(await sharp(bytes).metadata()).toMatchObject({ format: "webp", width: 800, height: 600 })

    // The bucket's public address serves the same bytes, as an image: what the storefront shows.
    const served = await fetch(url)
    expect([served.status, served.headers.get("content-type")]).toEqual([200, "image/webp"])
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true)

    await api.delete(`/vendor/sellers/${shop.sellerId}/photos?url=${encodeURIComponent(url)}`, shop.merchant)
    expect((await bucket.keys()).filter((key) => stored.includes(key))).toEqual([])
    expect((await vitrine(shop.sellerId)).photos).toEqual([])
  })

  it("answers 503 in French when the bucket refuses the photo, and leaves no photo pointing at nothing", async () => {
    const shop = await street.establishment("reservation")
    const bytes = await photo()
    await bucket.remove()
    try {
      // The readiness check names the store that refuses, without its keys.
      const unready = await failure<{ status: string; checks: Record<string, unknown> }>(api.get("/ready"))
      expect([unready.status, unready.data.status, unready.data.checks.files]).toEqual([
        503,
        "degraded",
        { status: "degraded", detail: "compartiment enjoy-photos : HTTP 404" },
      ])
      expect(JSON.stringify(unready.data)).not.toContain("S3RVER")
      const refused = await failure(upload(shop.sellerId, shop.merchant, bytes))
      expect([refused.status, refused.data.message]).toEqual([
        503,
        "Le stockage des photos a refusé l'envoi : aucune photo n'a été ajoutée. Réessayez dans quelques minutes.",
      ])
      expect((await vitrine(shop.sellerId)).photos ?? []).toEqual([])
    } finally {
      await bucket.restore()
    }
    // Once the store accepts again, the same upload works.
    const { data } = await upload(shop.sellerId, shop.merchant, bytes)
    expect(data.photos).toHaveLength(1)
    expect((await bucket.keys()).length).toBeGreaterThan(0)
  })
}
