import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import sharp from "sharp"
import { beforeEach, expect, it } from "vitest"
import { agentHeaders } from "../helpers/actors"
import { failure } from "../helpers/http"
import { bucket } from "../helpers/object-storage"
import { shoppingStreet } from "../helpers/shop"
import { OBJECT_STORAGE_ENVIRONMENT } from "../setup/environment"

/**
 * Vitrine photos, printable kits and activity reports on S3-compatible object storage (Medusa's file-s3
 * provider), against a real s3rver in this process: what the merchant uploads is in the bucket, served from
 * the bucket's public address, and gone from it when taken off; a bucket that refuses writes leaves nothing
 * half-written. Kits and reports are kept there as downloaded, and served from there while they hold.
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

  const kit = async (shop: { sellerId: string; merchant: { headers: Record<string, string> } }) => {
    const response = await api.get(`/vendor/sellers/${shop.sellerId}/tag?format=a6`, { ...shop.merchant, responseType: "arraybuffer" })
    expect(response.headers["content-type"]).toBe("application/pdf")
    return Buffer.from(response.data)
  }
  const storedDocuments = async () => {
    const { data } = await getContainer().resolve("query").graph({ entity: "territory_stored_document", fields: ["key", "file_id", "size"] })
    return data as { key: string; file_id: string; size: number }[]
  }
  const emblem = (color: string) =>
    `data:image/svg+xml;base64,${Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 60 80"><rect width="60" height="80" fill="${color}"/></svg>`).toString("base64")}`

  it("keeps a printable kit in the bucket, serves that copy again, and replaces it when the commune's logo changes", async () => {
    const shop = await street.establishment("reservation")
    const first = await kit(shop)
    expect(first.subarray(0, 5).toString()).toBe("%PDF-")

    // The bucket holds the kit the merchant downloaded, byte for byte, under the kit's name.
    const [stored] = (await storedDocuments()).filter((d) => d.key.startsWith("kit:a6:"))
    expect(stored.file_id).toMatch(new RegExp(`^kit-a6-${shop.handle}-\\w+\\.pdf$`))
    expect((await bucket.bytes(stored.file_id)).equals(first)).toBe(true)
    expect(stored.size).toBe(first.length)

    // Downloaded again, on whichever process: the same copy (a new rendering would carry a new creation date).
    expect((await kit(shop)).equals(first)).toBe(true)
    expect((await bucket.keys()).filter((key) => key.startsWith(`kit-a6-${shop.handle}-`))).toEqual([stored.file_id])

    // The commune changes its logo: the kit is drawn again, and the old copy leaves the bucket.
    const agent = await agentHeaders(api, street.operator, street.communeId, `kit-${Date.now()}@lille.test`)
    await api.post(`/commune/communes/${street.communeId}/branding`, { logo_url: emblem("#1b5e20") }, agent)
    const redrawn = await kit(shop)
    expect(redrawn.equals(first)).toBe(false)
    const [replaced] = (await storedDocuments()).filter((d) => d.key.startsWith("kit:a6:"))
    expect(replaced.file_id).not.toBe(stored.file_id)
    expect((await bucket.keys()).filter((key) => key.startsWith(`kit-a6-${shop.handle}-`))).toEqual([replaced.file_id])
    expect((await bucket.bytes(replaced.file_id)).equals(redrawn)).toBe(true)
  })

  it("keeps the commune's activity report (CSV and PDF) in the bucket as the agent downloaded it", async () => {
    const agent = await agentHeaders(api, street.operator, street.communeId, `bilan-${Date.now()}@lille.test`)
    const csv = await api.get("/commune/report?format=csv", { ...agent, responseType: "arraybuffer" })
    const pdf = await api.get("/commune/report?format=pdf", { ...agent, responseType: "arraybuffer" })
    expect([csv.headers["content-type"], pdf.headers["content-type"]]).toEqual(["text/csv; charset=utf-8", "application/pdf"])
    expect(csv.headers["content-disposition"]).toMatch(/^attachment; filename="bilan-activite-\d{5}-\d{4}-\d\d-\d\d-\d{4}-\d\d-\d\d\.csv"$/)

    const reports = (await storedDocuments()).filter((d) => d.key.startsWith("report:"))
    expect(reports.map((d) => d.key.split(":")[1]).sort()).toEqual(["csv", "pdf"])
    for (const [format, response] of [["csv", csv], ["pdf", pdf]] as const) {
      const stored = reports.find((d) => d.key.startsWith(`report:${format}:`))!
      expect((await bucket.bytes(stored.file_id)).equals(Buffer.from(response.data))).toBe(true)
    }
    // Asked again with nothing new to say, the agent gets the stored PDF and no new object is written.
    const keys = await bucket.keys()
    const again = await api.get("/commune/report?format=pdf", { ...agent, responseType: "arraybuffer" })
    expect(Buffer.from(again.data).equals(Buffer.from(pdf.data))).toBe(true)
    expect(await bucket.keys()).toEqual(keys)
  })

  it("still gives the merchant its kit when the bucket refuses it, and keeps it once the bucket is back", async () => {
    const shop = await street.establishment("reservation")
    await bucket.remove()
    try {
      // The store is a cache of what the database says: the kit is drawn and sent, nothing is recorded.
      expect((await kit(shop)).subarray(0, 5).toString()).toBe("%PDF-")
      expect((await storedDocuments()).filter((d) => d.key.startsWith("kit:"))).toEqual([])
    } finally {
      await bucket.restore()
    }
    const sent = await kit(shop)
    const [stored] = (await storedDocuments()).filter((d) => d.key.startsWith("kit:"))
    expect((await bucket.bytes(stored.file_id)).equals(sent)).toBe(true)
  })
}
