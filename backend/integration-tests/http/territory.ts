import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { readFileSync } from "node:fs"
import path from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beforeEach, expect, it } from "vitest"
import { agentHeaders, merchantHeaders, operatorHeaders, platformStoreHeaders } from "../helpers/actors"
import { communePayload } from "../helpers/communes"
import { failure } from "../helpers/http"
import { sellerPayload } from "../helpers/sellers"
import { pluginJob } from "../helpers/jobs"

const aggregateStatistics = pluginJob("territory", "aggregate-statistics")
const issueMissingTags = pluginJob("territory", "issue-missing-tags")
const purgeStatistics = pluginJob("territory", "purge-statistics")

type Headers = { headers: Record<string, string> }

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"

export function territoryTests({ api, getContainer }: MedusaSuiteOptions) {
  const db = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
  let operator: Headers
  let store: Headers
  let lille: { id: string; slug: string }
  let roubaix: { id: string; slug: string }

  beforeEach(async () => {
    operator = await operatorHeaders(getContainer(), api)
    store = await platformStoreHeaders(getContainer())
    lille = (await api.post("/admin/communes", communePayload({ name: "Lille" }), operator)).data.commune
    roubaix = (await api.post("/admin/communes", communePayload({ name: "Roubaix" }), operator)).data.commune
  })

  /** An open establishment of a commune. */
  const establishment = async (communeId: string, overrides: Record<string, unknown> = {}) => {
    const { data } = await api.post("/admin/sellers", sellerPayload(communeId, overrides), operator)
    for (const status of ["pending", "open"]) {
      await api.post(`/admin/sellers/${data.seller.id}/status`, { status }, operator)
    }
    return data.seller as { id: string; handle: string; name: string }
  }

  const as = (userAgent: string, extra: Headers = { headers: {} }) => ({ headers: { ...extra.headers, "user-agent": userAgent } })

  it("publishes a commune's open establishments as JSON, GeoJSON and CSV, with only public fields, pages and ETags", async () => {
    const open = await establishment(lille.id, { name: "Café, \"Le Coin\"", email: "contact@lecoin.test" })
    await establishment(lille.id)
    const { data: draft } = await api.post("/admin/sellers", sellerPayload(lille.id, { name: "Pas encore ouvert" }), operator)
    await establishment(roubaix.id, { name: "À Roubaix" })

    const json = await api.get(`/opendata/communes/${lille.slug}/establishments.json`)
    expect(json.data.licence.name).toContain("Licence Ouverte")
    expect(json.data.count).toBe(2)
    expect(json.data.data.map((r: any) => r.name)).not.toContain("Pas encore ouvert")
    expect(json.data.data.map((r: any) => r.name)).not.toContain("À Roubaix")
    const row = json.data.data.find((r: any) => r.id === open.id)
    expect(Object.keys(row).sort()).toEqual(
      ["address", "categories", "city", "commerce_mode", "description", "email", "id", "kind", "latitude", "longitude", "name", "opening_hours", "phone", "postal_code", "tag_code", "url", "website"]
    )
    expect(JSON.stringify(json.data)).not.toContain("732 829 320") // the SIRET is not published here
    expect(json.data.data.some((r: any) => r.id === draft.seller.id)).toBe(false)

    const geo = await api.get(`/opendata/communes/${lille.slug}/establishments`, { headers: { accept: "application/geo+json" } })
    expect(geo.headers["content-type"]).toContain("application/geo+json")
    expect(geo.data.type).toBe("FeatureCollection")
    for (const feature of geo.data.features) {
      expect(feature.type).toBe("Feature")
      expect(feature.geometry.type).toBe("Point")
      const [lon, lat] = feature.geometry.coordinates
      expect(lon).toBeCloseTo(3.0612)
      expect(lat).toBeCloseTo(50.6405)
    }

    const csv = await api.get(`/opendata/communes/${lille.slug}/establishments.csv`)
    expect(csv.headers["content-type"]).toContain("text/csv")
    const lines = (csv.data as string).trim().split("\r\n")
    expect(lines[0]).toBe("id,name,kind,categories,description,address,postal_code,city,latitude,longitude,phone,email,website,commerce_mode,opening_hours,tag_code,url")
    expect(lines).toHaveLength(3)
    expect(csv.data).toContain('"Café, ""Le Coin"""')

    const ld = await api.get(`/opendata/communes/${lille.slug}/establishments.jsonld`)
    expect(ld.headers["content-type"]).toContain("application/ld+json")
    expect(ld.data["@context"]).toBe("https://schema.org")
    expect(ld.data["@graph"]).toHaveLength(2)
    expect(ld.data["@graph"].find((n: any) => n.identifier === open.id)).toMatchObject({ "@type": "LocalBusiness", name: 'Café, "Le Coin"' })

    const first = await api.get(`/opendata/communes/${lille.slug}/establishments.json?limit=1`)
    expect(first.data.data).toHaveLength(1)
    expect(first.headers.link).toContain(`offset=1>; rel="next"`)
    expect(first.headers.link).toContain('rel="license"')
    const again = await api.get(`/opendata/communes/${lille.slug}/establishments.json?limit=1`, {
      headers: { "if-none-match": first.headers.etag },
      validateStatus: () => true,
    })
    expect(again.status).toBe(304)

    expect((await failure(api.get(`/opendata/communes/${lille.slug}/customers.json`))).status).toBe(404)
    expect((await failure(api.get("/opendata/communes/nulle-part/establishments.json"))).status).toBe(404)
    expect((await failure(api.get(`/opendata/communes/${lille.slug}/establishments.json?limit=0`))).status).toBe(400)
  })

  it("gives establishments a short code whose /t/ address redirects to the vitrine and counts people's scans", async () => {
    const shop = await establishment(lille.id)
    const merchant = await merchantHeaders(api, operator, shop.id, "tag@commerce.test")
    const { data } = await api.get(`/vendor/sellers/${shop.id}/tag`, merchant)
    expect(data.tag.code).toMatch(/^[2-9A-HJKMNP-TW-Z]{6}$/)
    expect(data.tag.url).toMatch(new RegExp(`/t/${data.tag.code}$`))
    // NDEF: one short well-known URI record with the https/http prefix code.
    expect(data.tag.ndef_hex.slice(0, 8)).toMatch(/^d101..55$/)
    expect((await api.get(`/vendor/sellers/${shop.id}/tag`, merchant)).data.tag.code).toBe(data.tag.code)

    const svg = await api.get(`/vendor/sellers/${shop.id}/tag?format=svg`, merchant)
    expect(svg.headers["content-type"]).toContain("image/svg+xml")
    expect(svg.data).toContain("<svg")
    const png = await api.get(`/vendor/sellers/${shop.id}/tag?format=png`, { ...merchant, responseType: "arraybuffer" })
    expect(Buffer.from(png.data).subarray(1, 4).toString()).toBe("PNG")

    // The printable kit, co-branded with the commune's logo (an SVG, as the seeded emblems are).
    const agent = await agentHeaders(api, operator, lille.id, "kit@lille.test")
    const emblem = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 60 80"><rect width="60" height="80" fill="#b71c1c"/></svg>`
    await api.post(`/commune/communes/${lille.id}/branding`, { logo_url: `data:image/svg+xml;base64,${Buffer.from(emblem).toString("base64")}` }, agent)
    const poster = await api.get(`/vendor/sellers/${shop.id}/tag?format=a4`, { ...merchant, responseType: "arraybuffer" })
    expect(poster.headers["content-type"]).toBe("application/pdf")
    const { extractText } = await import("unpdf")
    const { text } = await extractText(new Uint8Array(poster.data), { mergePages: true })
    expect(text).toContain(shop.name)
    expect(text).toContain(`/t/${data.tag.code}`)
    expect(text).toContain("commerce de Lille sur Enjoy")
    const sticker = await api.get(`/vendor/sellers/${shop.id}/tag?format=a6`, { ...merchant, responseType: "arraybuffer" })
    expect(Buffer.from(sticker.data).subarray(0, 5).toString()).toBe("%PDF-")
    expect((await api.get(`/vendor/sellers/${shop.id}/tag`, merchant)).data.tag.kit_downloaded_at).toBeTruthy()

    const other = await establishment(lille.id)
    expect((await failure(api.get(`/vendor/sellers/${other.id}/tag`, merchant))).status).toBe(404)

    const scan = (ua: string, code = data.tag.code) => api.get(`/t/${code}`, { ...as(ua), maxRedirects: 0, validateStatus: () => true })
    const redirected = await scan(BROWSER, data.tag.code.toLowerCase())
    expect(redirected.status).toBe(302)
    expect(redirected.headers.location).toMatch(new RegExp(`/${lille.slug}/etablissements/${shop.handle}$`))
    await scan(BROWSER)
    await scan(GOOGLEBOT)
    expect((await scan(BROWSER, "ZZZZZZ")).status).toBe(404)

    const { rows } = await db().raw(`select kind, seller_id, commune_id from territory_stat_event where kind = 'tag_scan'`)
    expect(rows).toEqual([
      { kind: "tag_scan", seller_id: shop.id, commune_id: lille.id },
      { kind: "tag_scan", seller_id: shop.id, commune_id: lille.id },
    ])

    // The job gives every establishment its code; the open data shows it.
    await issueMissingTags(getContainer())
    const published = (await api.get(`/opendata/communes/${lille.slug}/establishments.json`)).data.data
    expect(published.every((r: any) => /^[2-9A-Z]{6}$/.test(r.tag_code))).toBe(true)
    expect(published.find((r: any) => r.id === shop.id).tag_code).toBe(data.tag.code)
  })

  it("counts vitrine views and searches from the beacon, leaves bots and personal data out, and aggregates per day", async () => {
    const a = await establishment(lille.id)
    const b = await establishment(lille.id)
    const beacon = (body: object, ua = BROWSER) => api.post("/store/beacon", body, as(ua, store))
    for (const seller of [a, a, a, b]) {
      expect((await beacon({ type: "vitrine_view", seller_id: seller.id })).status).toBe(204)
    }
    await beacon({ type: "vitrine_view", seller_id: a.id }, GOOGLEBOT)
    await beacon({ type: "vitrine_view", seller_id: "sel_inconnu" })
    await beacon({ type: "search", q: "Fromagerie", commune: lille.slug })
    await beacon({ type: "search", q: "fromagerie ", commune: lille.slug })
    await beacon({ type: "search", q: "marie.dupont@exemple.fr", commune: lille.slug })
    expect((await failure(api.post("/store/beacon", { type: "click" }, as(BROWSER, store)))).status).toBe(400)

    // The platform's own activity counts too: a bon plan claimed twice, redeemed once at the counter.
    const merchantA = await merchantHeaders(api, operator, a.id, "stats@commerce.test")
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date())
    const deal = (
      await api.post(`/vendor/sellers/${a.id}/deals`, { title: "Un café offert", kind: "gift", starts_on: today, ends_on: today }, merchantA)
    ).data.deal
    await api.post(`/vendor/sellers/${a.id}/deals/${deal.id}/submit`, {}, merchantA)
    const first = (await api.post(`/store/deals/${deal.id}/claim`, { email: "une.cliente@exemple.fr" }, store)).data.claim
    await api.post(`/store/deals/${deal.id}/claim`, { email: "un.client@exemple.fr" }, store)
    await api.post("/vendor/deals/redeem", { code: first.code }, merchantA)

    const result = await aggregateStatistics(getContainer())
    expect(Object.values(result).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0)
    // Running it again recounts the same days: nothing doubles.
    await aggregateStatistics(getContainer())
    const { rows } = await db().raw(
      `select kind, seller_id, detail, sum(count)::int as count from territory_stat_daily where commune_id = ? group by kind, seller_id, detail order by kind, seller_id, detail`,
      [lille.id]
    )
    expect(rows).toEqual(
      [
        { kind: "deal_claim", seller_id: "", detail: "", count: 2 },
        { kind: "deal_claim", seller_id: a.id, detail: "", count: 2 },
        { kind: "deal_redemption", seller_id: "", detail: "", count: 1 },
        { kind: "deal_redemption", seller_id: a.id, detail: "", count: 1 },
        { kind: "search", seller_id: "", detail: "", count: 2 },
        { kind: "search", seller_id: "", detail: "fromagerie", count: 2 },
        { kind: "vitrine_view", seller_id: "", detail: "", count: 4 },
        { kind: "vitrine_view", seller_id: a.id, detail: "", count: 3 },
        { kind: "vitrine_view", seller_id: b.id, detail: "", count: 1 },
      ].sort((x, y) => `${x.kind}|${x.seller_id}|${x.detail}`.localeCompare(`${y.kind}|${y.seller_id}|${y.detail}`))
    )

    // The merchant sees its establishment's figures, the agent its commune's, each for a period of days.
    const own = (await api.get(`/vendor/sellers/${a.id}/stats`, merchantA)).data.statistics
    expect(own.totals.vitrine_view.count).toBe(3)
    expect(own.days).toHaveLength(30)
    expect(own.days.reduce((sum: number, d: any) => sum + d.counts.vitrine_view, 0)).toBe(3)
    expect(own.totals.deal_claim.count).toBe(2)
    expect(own.totals.deal_redemption.count).toBe(1)
    expect((await failure(api.get(`/vendor/sellers/${b.id}/stats`, merchantA))).status).toBe(404)
    const agent = await agentHeaders(api, operator, lille.id, "stats@lille.test")
    const town = (await api.get("/commune/stats", agent)).data.statistics
    expect(town.totals.vitrine_view.count).toBe(4)
    expect(town.totals.search.count).toBe(2)
    expect(town.top_searches).toEqual([{ term: "fromagerie", count: 2 }])
    expect(town.active_establishments).toBe(2)
    const bad = await failure(api.get("/commune/stats?from=2026-12-01&to=2026-11-01", agent))
    expect(bad.status).toBe(400)

    // The commune's activity report: CSV for spreadsheets, PDF whose text reads back.
    const csv = await api.get("/commune/report?format=csv", agent)
    expect(csv.headers["content-type"]).toContain("text/csv")
    expect((csv.data as string).replace(/^\ufeff/, "").split("\r\n")[0]).toBe("section;indicateur;jour;nombre;montant_euros")
    expect(csv.data).toContain("total;Vues des vitrines;")
    const pdf = await api.get("/commune/report?format=pdf", { ...agent, responseType: "arraybuffer" })
    expect(pdf.headers["content-type"]).toBe("application/pdf")
    const { extractText } = await import("unpdf")
    const { text, totalPages } = await extractText(new Uint8Array(pdf.data), { mergePages: true })
    expect(totalPages).toBeGreaterThan(1)
    expect(text).toContain("Bilan d'activité — Lille")
    expect(text).toContain("Vues des vitrines : 4")
    expect(text).toContain("Recherches : 2")
    expect(text).toContain("fromagerie")
    expect(text).toContain(a.name)
    const operatorCopy = (await api.get(`/admin/communes/${lille.id}/report`, operator)).data.report
    expect(operatorCopy.summary.totals.vitrine_view.count).toBe(4)
    expect(operatorCopy.establishments[0]).toEqual({ name: a.name, vitrine_view: 3, tag_scan: 0 })
  })

  it("never stores an IP address, an e-mail or a customer id in the raw statistics, and purges them after the retention period", async () => {
    const shop = await establishment(lille.id)
    await api.post("/store/beacon", { type: "vitrine_view", seller_id: shop.id }, as(BROWSER, { headers: { ...store.headers, "x-forwarded-for": "203.0.113.7" } }))
    await api.post("/store/beacon", { type: "search", q: "cadeau pour jeanne@exemple.fr" }, as(BROWSER, store))
    await api.get(`/t/${(await issueMissingTags(getContainer()), (await db().raw(`select code from territory_tag limit 1`)).rows[0].code)}`, {
      ...as(BROWSER),
      maxRedirects: 0,
      validateStatus: () => true,
    })

    const { rows: columns } = await db().raw(
      `select column_name from information_schema.columns where table_name in ('territory_stat_event', 'territory_stat_daily')`
    )
    const names = columns.map((c: { column_name: string }) => c.column_name)
    for (const forbidden of ["ip", "ip_address", "user_agent", "email", "customer_id", "session_id", "cookie"]) {
      expect(names).not.toContain(forbidden)
    }
    const { rows } = await db().raw(`select * from territory_stat_event`)
    expect(rows.length).toBe(2)
    const text = JSON.stringify(rows)
    expect(text).not.toMatch(/\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/)
    expect(text).not.toMatch(/@/)
    expect(text).not.toMatch(/cus_/)

    await db().raw(`update territory_stat_event set occurred_at = now() - interval '40 days'`)
    expect(await purgeStatistics(getContainer())).toEqual({ purged: 2 })
    expect((await db().raw(`select count(*)::int as n from territory_stat_event`)).rows[0].n).toBe(0)
  })

  it("issues partner keys scoped to communes: another commune is a 404, a revoked key a 401, too many requests a 429; usage is counted per day", async () => {
    await establishment(lille.id)
    const agent = await agentHeaders(api, operator, lille.id, "donnees@lille.test")
    const created = (await api.post("/commune/partner-keys", { name: "Office de tourisme", rate_limit: 5 }, agent)).data.partner_key
    expect(created.key).toMatch(/^enjoy_pk_/)
    expect(created.commune_ids).toEqual([lille.id])
    expect(created).not.toHaveProperty("key_hash")
    expect((await failure(api.post("/commune/partner-keys", { name: "Ailleurs", commune_ids: [roubaix.id] }, agent))).status).toBe(400)
    const partner = { headers: { "x-api-key": created.key } }

    const own = await api.get(`/partner/communes/${lille.slug}/data/establishments.geojson`, partner)
    expect(own.data.features).toHaveLength(1)
    expect(own.headers["ratelimit-limit"]).toBe("5")
    const stats = await api.get(`/partner/communes/${lille.slug}/statistics`, partner)
    expect(stats.data.statistics.days).toHaveLength(30)
    expect([403, 404]).toContain((await failure(api.get(`/partner/communes/${roubaix.slug}/data/establishments`, partner))).status)
    expect((await failure(api.get(`/partner/communes/${lille.slug}/data/establishments`))).status).toBe(401)
    expect((await failure(api.get(`/partner/communes/${lille.slug}/data/establishments`, { headers: { "x-api-key": "enjoy_pk_faux" } }))).status).toBe(401)

    // Five a minute, the refused one above included: the fifth passes, the sixth is refused with the wait.
    await api.get(`/partner/communes/${lille.slug}/data/events`, partner)
    await api.get(`/partner/communes/${lille.slug}/data/deals.csv`, partner)
    const limited = await failure(api.get(`/partner/communes/${lille.slug}/data/deals`, partner))
    expect(limited.status).toBe(429)
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)

    const listed = (await api.get("/commune/partner-keys", agent)).data.partner_keys
    expect(listed).toHaveLength(1)
    expect(listed[0].usage).toEqual([{ day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), count: 5 }])

    // An agent of another commune cannot see or revoke it; the operator sees every key.
    const stranger = await agentHeaders(api, operator, roubaix.id, "donnees@roubaix.test")
    expect((await api.get("/commune/partner-keys", stranger)).data.partner_keys).toEqual([])
    expect((await failure(api.post(`/commune/partner-keys/${created.id}/revoke`, {}, stranger))).status).toBe(404)
    expect((await api.get("/admin/partner-keys", operator)).data.partner_keys.map((k: any) => k.id)).toContain(created.id)

    const revoked = (await api.post(`/commune/partner-keys/${created.id}/revoke`, {}, agent)).data.partner_key
    expect(revoked.revoked_at).toBeTruthy()
    expect((await failure(api.get(`/partner/communes/${lille.slug}/statistics`, partner))).status).toBe(401)

    // The operator scopes a key to several communes, which must exist.
    const both = (await api.post("/admin/partner-keys", { name: "Métropole", commune_ids: [lille.id, roubaix.id] }, operator)).data.partner_key
    expect((await api.get(`/partner/communes/${roubaix.slug}/data/establishments`, { headers: { "x-api-key": both.key } })).status).toBe(200)
    expect((await failure(api.post("/admin/partner-keys", { name: "Fantôme", commune_ids: ["com_inconnue"] }, operator))).status).toBe(400)
  })

  it("imports a SIRENE extract: a dry run reports each line, a bad line makes the commit write nothing, a re-run creates no duplicates; an owner claims one; products follow the same rules", async () => {
    const { data } = await api.post("/admin/communes", communePayload({ name: "Lille SIRENE", insee_code: "59350", latitude: 50.6292, longitude: 3.0573 }), operator)
    const commune = data.commune
    const agent = await agentHeaders(api, operator, commune.id, "import@lille.test")
    const fixture = readFileSync(path.join(__dirname, "../fixtures/sirene-lille.csv"), "utf8")
    const send = (body: string, query: string) =>
      api.post(`/commune/imports/establishments?source=sirene${query}`, body, { headers: { ...agent.headers, "content-type": "text/csv" } })
    const sellersOfCommune = async () =>
      (await db().raw(`select count(*)::int as n from seller s join seller_seller_commune_commune l on l.seller_id = s.id where l.commune_id = ? and s.deleted_at is null`, [commune.id])).rows[0].n

    const dry = (await send(fixture, "")).data.import
    expect(dry).toMatchObject({ lines: 8, to_create: 3, already_present: 0, committed: false, created: 0 })
    expect(dry.skipped.map((s: any) => s.line)).toEqual([4, 5, 6])
    expect(dry.skipped[0].reason).toBe("établissement fermé")
    expect(dry.errors).toEqual([
      { line: 7, message: "ni enseigne ni dénomination usuelle : nom de l'établissement inconnu" },
      { line: 8, message: "SIRET absent ou invalide (« 12345 »)" },
    ])

    // A long file, read with progress: lines of progress as it goes, then the report as the last line.
    const [header, first] = fixture.split("\n")
    const closed = first.replace(",A,BOULANGERIE", ",F,BOULANGERIE")
    const long = [header, ...Array.from({ length: 4500 }, (_, i) => closed.replace(/81203456700014/, String(81203400000000 + i)))].join("\n")
    const streamed = await api.post("/commune/imports/establishments?source=sirene", long, {
      headers: { ...agent.headers, "content-type": "text/csv", accept: "application/x-ndjson" },
      responseType: "text",
    })
    const events = (streamed.data as string).trim().split("\n").map((l) => JSON.parse(l))
    expect(events.slice(0, -1)).toEqual([{ progress: { rows: 2000 } }, { progress: { rows: 4000 } }])
    expect(events.at(-1)).toMatchObject({ status: 200, import: { lines: 4500, to_create: 0, committed: false } })
    expect(events.at(-1).import.skipped).toHaveLength(4500)

    const refused = await failure(send(fixture, "&commit=true"))
    expect(refused.status).toBe(422)
    expect(refused.data.message).toContain("rien n'a été importé")
    expect(await sellersOfCommune()).toBe(0)

    const clean = fixture.split("\n").filter((_, i) => i !== 6 && i !== 7).join("\n")
    const committed = await send(clean, "&commit=true")
    expect(committed.status).toBe(201)
    expect(committed.data.import).toMatchObject({ created: 3, committed: true, errors: [] })
    expect(await sellersOfCommune()).toBe(3)
    const { rows } = await db().raw(`select name, status, address_1, siret from seller where siret is not null and name = 'Boulangerie du Marche'`)
    expect(rows).toEqual([{ name: "Boulangerie du Marche", status: "draft", address_1: "12 bis rue de la Monnaie", siret: "81203456700014" }])

    const again = (await send(clean, "&commit=true")).data.import
    expect(again).toMatchObject({ created: 0, already_present: 3, to_create: 0 })
    expect(await sellersOfCommune()).toBe(3)

    // "C'est mon commerce": the owner of an imported establishment claims it; the commune's agent decides.
    const claimFor = (siret: string, email: string) =>
      api.post("/store/establishment-claims", { siret, email, name: "Paul Caviste", message: "Je suis le gérant." }, store)
    const claimed = (await claimFor("812 034 573 00012", "paul@cave.test")).data.claim
    expect(claimed).toMatchObject({ status: "pending", establishment: "Cave des Flandres" })
    expect((await failure(claimFor("81203457300012", "paul@cave.test"))).status).toBe(422)
    expect((await failure(claimFor("99999999999999", "x@y.test"))).status).toBe(404)
    const outsider = await agentHeaders(api, operator, roubaix.id, "claims@roubaix.test")
    expect((await api.get("/commune/claims", outsider)).data.claims).toEqual([])
    expect((await failure(api.post(`/commune/claims/${claimed.id}/decision`, { decision: "approved" }, outsider))).status).toBe(404)
    const listed = (await api.get("/commune/claims", agent)).data.claims
    expect(listed[0]).toMatchObject({ id: claimed.id, status: "pending", seller: { name: "Cave des Flandres", siret: "81203457300012" } })
    expect((await failure(api.post(`/commune/claims/${claimed.id}/decision`, { decision: "rejected" }, agent))).status).toBe(400)
    const approved = (await api.post(`/commune/claims/${claimed.id}/decision`, { decision: "approved" }, agent)).data
    expect(approved.claim.status).toBe("approved")
    const token = new URL(approved.invitation_link).searchParams.get("jeton")!
    const { rows: mails } = await db().raw(`select "to", data from notification where template = 'establishment-claim'`)
    expect(mails).toHaveLength(1)
    expect(mails[0].to).toBe("paul@cave.test")
    expect(mails[0].data.link).toBe(approved.invitation_link)
    expect((await failure(api.post(`/commune/claims/${claimed.id}/decision`, { decision: "rejected", reason: "Non" }, agent))).status).toBe(400)

    // The claimant accepts the invitation: the establishment is theirs, and no longer claimable.
    const registered = await api.post("/auth/merchant/emailpass/register", { email: "paul@cave.test", password: "une-phrase-de-passe" })
    await api.post("/vendor/invites/accept", { token }, { headers: { authorization: `Bearer ${registered.data.token}` } })
    const login = await api.post("/auth/merchant/emailpass", { email: "paul@cave.test", password: "une-phrase-de-passe" })
    const mine = (await api.get("/vendor/sellers", { headers: { authorization: `Bearer ${login.data.token}` } })).data.sellers
    expect(mine.map((s: any) => s.name)).toEqual(["Cave des Flandres"])
    expect((await failure(claimFor("81203457300012", "autre@cave.test"))).status).toBe(404)

    // Products for the unclaimed establishments, from the template: same rules (dry run, nothing while a line is wrong, no doubles).
    const products = (body: string, commit: boolean) =>
      api.post(`/commune/imports/products?commit=${commit}`, body, { headers: { ...agent.headers, "content-type": "text/csv" } })
    const productCount = async () => (await db().raw(`select count(*)::int as n from product where title in ('Pain au levain', 'Potjevleesch') and deleted_at is null`)).rows[0].n
    const good = "etablissement;titre;prix;stock;sku;description\n81203456700014;Pain au levain;4,20;20;;\n81203456800012;Potjevleesch;14,50;10;POT-1;Terrine flamande\n"
    const withBad = good + "81203457300012;Vin de Gand;9,00;5;;\n00000000000000;Fantôme;1;1;;\n"
    const checked = (await products(withBad, false)).data.import
    expect(checked).toMatchObject({ lines: 4, to_create: 2 })
    expect(checked.errors.map((e: any) => e.line)).toEqual([4, 5])
    expect(checked.errors[0].message).toContain("géré par son commerçant")
    expect((await failure(products(withBad, true))).status).toBe(422)
    expect(await productCount()).toBe(0)
    expect((await products(good, true)).data.import).toMatchObject({ created: 2, committed: true })
    expect(await productCount()).toBe(2)
    expect((await products(good, true)).data.import).toMatchObject({ created: 0, already_present: 2 })
    expect(await productCount()).toBe(2)

    const notSirene = await failure(send("nom;adresse\nA;B\n", ""))
    expect(notSirene.status).toBe(400)
    expect(notSirene.data.message).toContain("Colonnes manquantes")
    const template = await api.get("/commune/imports/establishments/template", agent)
    expect((template.data as string).replace(/^\ufeff/, "").split("\r\n")[0]).toBe(
      "reference;siret;nom;type;categories;description;adresse;code_postal;ville;latitude;longitude;telephone;email;site_web"
    )
  })
}
