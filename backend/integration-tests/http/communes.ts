import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { beforeEach, describe, expect, it } from "vitest"
import { agentHeaders, bearer, operatorHeaders, storeHeaders } from "../helpers/actors"
import { communePayload } from "../helpers/communes"
import { failure } from "../helpers/http"

export function communesTests({ api, getContainer }: MedusaSuiteOptions) {
  let operator: { headers: Record<string, string> }
  let store: { headers: Record<string, string> }

  beforeEach(async () => {
    operator = await operatorHeaders(getContainer(), api)
    store = await storeHeaders(getContainer())
  })

  describe("operator: /admin/communes", () => {
    it("requires an operator", async () => {
      const res = await failure(api.get("/admin/communes"))
      expect(res.status).toBe(401)
    })

    it("creates, reads, lists, updates and deletes a commune", async () => {
      const created = await api.post("/admin/communes", communePayload({ name: "Lille" }), operator)
      expect(created.status).toBe(201)
      const id = created.data.commune.id
      expect(created.data.commune).toMatchObject({ name: "Lille", status: "active" })

      const listed = await api.get("/admin/communes?q=lil", operator)
      expect(listed.data.communes.map((c: { id: string }) => c.id)).toEqual([id])
      expect(listed.data.count).toBe(1)

      const updated = await api.post(`/admin/communes/${id}`, { population: 240_000 }, operator)
      expect(updated.data.commune.population).toBe(240_000)
      expect((await api.get(`/admin/communes/${id}`, operator)).data.commune.population).toBe(240_000)

      const deleted = await api.delete(`/admin/communes/${id}`, operator)
      expect(deleted.data).toEqual({ id, object: "commune", deleted: true })
      expect((await failure(api.get(`/admin/communes/${id}`, operator))).status).toBe(404)
    })

    it("answers 400 naming the bad INSEE code, and writes nothing", async () => {
      const res = await failure(
        api.post("/admin/communes", communePayload({ insee_code: "5935" }), operator)
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toContain("insee_code")
      expect((await api.get("/admin/communes", operator)).data.count).toBe(0)
    })

    it("answers 400 naming unknown fields, bad postal codes and a convention ending before it starts", async () => {
      const unknown = await failure(
        api.post("/admin/communes", communePayload({ mayor: "X" }), operator)
      )
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toContain("mayor")

      const postal = await failure(
        api.post("/admin/communes", communePayload({ postal_codes: ["5900"] }), operator)
      )
      expect(postal.data.message).toContain("postal_codes")

      const dates = await failure(
        api.post(
          "/admin/communes",
          communePayload({ convention_start: "2026-05-01", convention_end: "2026-01-01" }),
          operator
        )
      )
      expect(dates.status).toBe(400)
      expect(dates.data.message).toContain("convention_end")
    })

    it("refuses a duplicate slug without creating anything", async () => {
      await api.post("/admin/communes", communePayload({ slug: "roubaix" }), operator)
      const res = await failure(
        api.post("/admin/communes", communePayload({ slug: "roubaix" }), operator)
      )
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
      expect((await api.get("/admin/communes", operator)).data.count).toBe(1)
    })

    it("suspends, resumes and ends a convention, and never reopens an ended one", async () => {
      const { data } = await api.post("/admin/communes", communePayload(), operator)
      const id = data.commune.id
      const suspended = await api.post(`/admin/communes/${id}/suspend`, {}, operator)
      expect(suspended.data.commune.status).toBe("suspended")
      const resumed = await api.post(`/admin/communes/${id}/reactivate`, {}, operator)
      expect(resumed.data.commune.status).toBe("active")
      const ended = await api.post(`/admin/communes/${id}/end`, {}, operator)
      expect(ended.data.commune.status).toBe("ended")

      const res = await failure(api.post(`/admin/communes/${id}/reactivate`, {}, operator))
      expect(res.status).toBe(400)
      expect(res.data.type).toBe("not_allowed")
      expect((await api.get(`/admin/communes/${id}`, operator)).data.commune.status).toBe("ended")

      expect((await failure(api.post("/admin/communes/com_nope/suspend", {}, operator))).status).toBe(404)
    })

    it("computes the cost split as JSON and CSV", async () => {
      await api.post(
        "/admin/communes",
        communePayload({ name: "Grande", population: 150_000, convention_start: "2025-01-01" }),
        operator
      )
      await api.post(
        "/admin/communes",
        communePayload({ name: "Petite", population: 3_000, convention_start: "2026-07-15" }),
        operator
      )
      const { data } = await api.get("/admin/communes/cost-split?year=2026", operator)
      expect(data.cost_split.shares.map((s: any) => [s.name, s.months, s.share])).toEqual([
        ["Grande", 12, 30_000],
        ["Petite", 6, 750],
      ])
      expect(data.cost_split.total).toBe(30_750)

      const csv = await api.get("/admin/communes/cost-split?year=2026&format=csv", operator)
      expect(csv.headers["content-type"]).toContain("text/csv")
      expect(csv.data).toContain("Petite;59")
      expect(csv.data).toContain("TOTAL;;;;;;30750;100")

      const bad = await failure(api.get("/admin/communes/cost-split?year=deux-mille", operator))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("year")
    })
  })

  describe("public: /store/communes", () => {
    it("lists active communes only, by name", async () => {
      await api.post("/admin/communes", communePayload({ name: "Wattrelos", slug: "wattrelos" }), operator)
      await api.post("/admin/communes", communePayload({ name: "Croix", slug: "croix" }), operator)
      const { data: hidden } = await api.post(
        "/admin/communes",
        communePayload({ name: "Seclin", slug: "seclin" }),
        operator
      )
      await api.post(`/admin/communes/${hidden.commune.id}/suspend`, {}, operator)

      const { data } = await api.get("/store/communes", store)
      expect(data.communes.map((c: { name: string }) => c.name)).toEqual(["Croix", "Wattrelos"])
      expect(data.communes[0]).not.toHaveProperty("convention_start")
      expect(data.communes[0]).not.toHaveProperty("status")

      const one = await api.get("/store/communes/croix", store)
      expect(one.data.commune).toMatchObject({ name: "Croix", primary_text_color: "#ffffff" })
      expect((await failure(api.get("/store/communes/seclin", store))).status).toBe(404)
      expect((await failure(api.get("/store/communes/inconnue", store))).status).toBe(404)
    })

    it("needs a publishable key", async () => {
      expect((await failure(api.get("/store/communes"))).status).toBe(400)
    })
  })

  describe("commune agents: /commune/*", () => {
    it("invites an agent who sees its commune and changes only its co-branding", async () => {
      const { data: own } = await api.post("/admin/communes", communePayload({ name: "Lille" }), operator)
      const { data: other } = await api.post("/admin/communes", communePayload({ name: "Roubaix" }), operator)
      const agent = await agentHeaders(api, operator, own.commune.id, "camille@lille.test")

      const me = await api.get("/commune/me", agent)
      expect(me.data.agent).toMatchObject({ email: "camille@lille.test", first_name: "Camille" })
      expect(me.data.agent.commune.id).toBe(own.commune.id)

      const branded = await api.post(
        `/commune/communes/${own.commune.id}/branding`,
        { primary_color: "#123456", logo_url: "https://lille.test/logo.svg" },
        agent
      )
      expect(branded.data.commune).toMatchObject({
        primary_color: "#123456",
        logo_url: "https://lille.test/logo.svg",
      })

      const outside = await failure(
        api.post(`/commune/communes/${other.commune.id}/branding`, { primary_color: "#000000" }, agent)
      )
      expect(outside.status).toBe(404)
      expect((await failure(api.get(`/commune/communes/${other.commune.id}`, agent))).status).toBe(404)
      const untouched = await api.get(`/admin/communes/${other.commune.id}`, operator)
      expect(untouched.data.commune.primary_color).toBe("#1f4e79")

      const notBranding = await failure(
        api.post(`/commune/communes/${own.commune.id}/branding`, { population: 1 }, agent)
      )
      expect(notBranding.status).toBe(400)
      expect(notBranding.data.message).toContain("population")

      const badColour = await failure(
        api.post(`/commune/communes/${own.commune.id}/branding`, { secondary_color: "rouge" }, agent)
      )
      expect(badColour.status).toBe(400)
      expect(badColour.data.message).toContain("secondary_color")
    })

    it("shows agents the cost split, their commune among the others", async () => {
      const { data: own } = await api.post("/admin/communes", communePayload({ name: "Lille", population: 236_000 }), operator)
      await api.post("/admin/communes", communePayload({ name: "Roubaix", population: 98_000 }), operator)
      const agent = await agentHeaders(api, operator, own.commune.id, "finances@lille.test")
      const year = new Date(own.commune.convention_start).getUTCFullYear()

      const { data } = await api.get(`/commune/cost-split?year=${year}`, agent)
      const operatorView = (await api.get(`/admin/communes/cost-split?year=${year}`, operator)).data
      expect(data.cost_split.shares.map((s: any) => s.name).sort()).toEqual(["Lille", "Roubaix"])
      expect(data.cost_split).toEqual(operatorView.cost_split)
      expect((await failure(api.get(`/commune/cost-split?year=${year}`))).status).toBe(401)
      expect((await failure(api.get(`/commune/cost-split?year=${year}`, operator))).status).toBe(401)
      expect((await failure(api.get("/commune/cost-split?year=deux-mille", agent))).status).toBe(400)
    })

    it("refuses anonymous callers, operators and reused invitations", async () => {
      const { data } = await api.post("/admin/communes", communePayload(), operator)
      expect((await failure(api.get("/commune/me"))).status).toBe(401)
      expect((await failure(api.get("/commune/me", operator))).status).toBe(401)

      const { data: invited } = await api.post(
        `/admin/communes/${data.commune.id}/agent-invites`,
        { email: "dominique@commune.test" },
        operator
      )
      const first = await api.post("/auth/agent/emailpass/register", {
        email: "dominique@commune.test",
        password: "secret",
      })
      await api.post("/commune/invites/accept", { token: invited.invite.token }, bearer(first.data.token))
      const second = await api.post("/auth/agent/emailpass/register", {
        email: "intrus@commune.test",
        password: "secret",
      })
      const reused = await failure(
        api.post("/commune/invites/accept", { token: invited.invite.token }, bearer(second.data.token))
      )
      expect(reused.status).toBe(400)
      expect(reused.data.message).toMatch(/invalid, expired or already used/)

      const badEmail = await failure(
        api.post(`/admin/communes/${data.commune.id}/agent-invites`, { email: "pas-un-email" }, operator)
      )
      expect(badEmail.status).toBe(400)
      expect(badEmail.data.message).toContain("email")
    })

    it("accepts an invitation only from the email it was sent to", async () => {
      const { data } = await api.post("/admin/communes", communePayload(), operator)
      const { data: invited } = await api.post(
        `/admin/communes/${data.commune.id}/agent-invites`,
        { email: "Claude@Commune.test" },
        operator
      )
      const stranger = await api.post("/auth/agent/emailpass/register", {
        email: "quelquun@ailleurs.test",
        password: "secret",
      })
      const res = await failure(
        api.post("/commune/invites/accept", { token: invited.invite.token }, bearer(stranger.data.token))
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toContain("another email address")
      const agents = await getContainer().resolve<any>("commune").listCommuneAgents({})
      expect(agents).toEqual([])
    })
  })
}
