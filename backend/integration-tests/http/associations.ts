import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { beforeEach, expect, it } from "vitest"
import { agentHeaders, merchantHeaders, operatorHeaders, platformStoreHeaders } from "../helpers/actors"
import { createAssociation, moderatorHeaders } from "../helpers/associations"
import { communePayload } from "../helpers/communes"
import { failure } from "../helpers/http"
import { sellerPayload } from "../helpers/sellers"

type Headers = { headers: Record<string, string> }

export function associationsTests({ api, getContainer }: MedusaSuiteOptions) {
  let operator: Headers
  let store: Headers
  let communeId: string
  let assoX: string
  let assoY: string
  let modX: Headers
  let modY: Headers

  beforeEach(async () => {
    operator = await operatorHeaders(getContainer(), api)
    store = await platformStoreHeaders(getContainer())
    communeId = (await api.post("/admin/communes", communePayload({ latitude: 50.6292, longitude: 3.0573 }), operator)).data
      .commune.id
    assoX = await createAssociation(api, operator, [communeId], "pre")
    assoY = await createAssociation(api, operator, [communeId], "post")
    modX = await moderatorHeaders(api, operator, assoX, "moderatrice@union-x.test", "president")
    modY = await moderatorHeaders(api, operator, assoY, "moderateur@union-y.test")
  })

  /** An establishment with its merchant; open unless told otherwise; member of `association` when given. */
  const establishment = async (email: string, association?: string, open = true) => {
    const { data } = await api.post("/admin/sellers", sellerPayload(communeId, { description: "Version publiée" }), operator)
    const id = data.seller.id as string
    for (const status of open ? ["pending", "open"] : []) {
      await api.post(`/admin/sellers/${id}/status`, { status }, operator)
    }
    const merchant = await merchantHeaders(api, operator, id, email)
    if (association) {
      const moderator = association === assoX ? modX : modY
      await api.post(`/association/associations/${association}/members`, { seller_id: id }, moderator)
      await api.post(`/vendor/sellers/${id}/memberships/${association}`, { status: "active" }, merchant)
    }
    return { id, handle: data.seller.handle as string, merchant }
  }

  const publicDescription = async (handle: string) =>
    (await api.get(`/store/sellers/${handle}`, store)).data.seller.description as string
  const casesOf = async (sellerId: string, merchant: Headers) =>
    (await api.get(`/vendor/sellers/${sellerId}/moderation`, merchant)).data.cases as any[]
  const audit = async (who: Headers) => (await api.get("/association/audit", who)).data.entries as any[]

  it("pre: holds the change, keeps a rejected draft, publishes on approval; audits and e-mails every decision", async () => {
    const shop = await establishment("marchand@x.test", assoX)
    const edit = await api.post(`/vendor/sellers/${shop.id}`, { description: "Nouvelle vitrine" }, shop.merchant)
    expect(edit.data.held).toBe(true)
    expect(edit.data.seller.description).toBe("Version publiée")
    expect(await publicDescription(shop.handle)).toBe("Version publiée")
    const [draft] = await casesOf(shop.id, shop.merchant)
    expect(draft).toMatchObject({ subject: "seller_profile", status: "pending", policy: "pre", proposed: { description: "Nouvelle vitrine" } })

    const noReason = await failure(api.post(`/association/cases/${draft.id}/decision`, { decision: "rejected" }, modX))
    expect([noReason.status, noReason.data.message]).toEqual([400, "Indiquez au commerçant la raison de cette décision (champ « reason »)"])
    await api.post(`/association/cases/${draft.id}/decision`, { decision: "rejected", reason: "Texte trop court" }, modX)
    expect(await publicDescription(shop.handle)).toBe("Version publiée")
    // The rejected draft is still there for the merchant, with the reason.
    expect((await casesOf(shop.id, shop.merchant))[0]).toMatchObject({
      status: "rejected",
      reason: "Texte trop court",
      proposed: { description: "Nouvelle vitrine" },
    })

    // Editing again resubmits the same draft, merged.
    await api.post(`/vendor/sellers/${shop.id}`, { phone: "03 20 12 34 56" }, shop.merchant)
    const [again] = await casesOf(shop.id, shop.merchant)
    expect(again).toMatchObject({ id: draft.id, status: "pending", proposed: { description: "Nouvelle vitrine", phone: "03 20 12 34 56" } })
    await api.post(`/association/cases/${draft.id}/decision`, { decision: "approved" }, modX)
    const published = (await api.get(`/store/sellers/${shop.handle}`, store)).data.seller
    expect([published.description, published.phone]).toEqual(["Nouvelle vitrine", "03 20 12 34 56"])

    const decisions = (await audit(modX)).filter((e) => e.action === "decision" && e.case_id === draft.id)
    expect(decisions.map((e) => e.after.status).sort()).toEqual(["approved", "rejected"])
    // Each entry names its establishment (read through seller_id).
    expect(new Set(decisions.map((e) => e.seller.name)).size).toBe(1)
    expect(decisions[0].seller.name).toMatch(/^Boulangerie \d+$/)
    let mails: { to: string; data: { subject: string } }[] = []
    for (let attempt = 0; attempt < 50 && mails.length < 2; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      mails = (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "marchand@x.test" })) as never
    }
    expect(mails.map((m) => m.data.subject.split(" — ")[1]).sort()).toEqual(["approuvée", "refusée"])
  })

  it("post: publishes at once, and a moderator can take the change down", async () => {
    const shop = await establishment("marchand@y.test", assoY)
    const edit = await api.post(`/vendor/sellers/${shop.id}`, { description: "Promo douteuse" }, shop.merchant)
    expect(edit.data.held).toBe(false)
    expect(await publicDescription(shop.handle)).toBe("Promo douteuse")
    const [reviewable] = await casesOf(shop.id, shop.merchant)
    expect(reviewable).toMatchObject({ status: "pending", policy: "post" })
    await api.post(`/association/cases/${reviewable.id}/decision`, { decision: "rejected", reason: "Allégation trompeuse" }, modY)
    expect(await publicDescription(shop.handle)).toBe("Version publiée")
    expect((await casesOf(shop.id, shop.merchant))[0].proposed).toEqual({ description: "Promo douteuse" })
  })

  it("keeps association X's moderators out of association Y: 404 and nothing changed", async () => {
    const shop = await establishment("marchand2@y.test", assoY)
    await api.post(`/vendor/sellers/${shop.id}`, { description: "À relire" }, shop.merchant)
    const [pending] = await casesOf(shop.id, shop.merchant)
    const attempts = [
      () => api.get(`/association/cases/${pending.id}`, modX),
      () => api.post(`/association/cases/${pending.id}/decision`, { decision: "rejected", reason: "Non" }, modX),
      () => api.get(`/association/associations/${assoY}/members`, modX),
      () => api.post(`/association/associations/${assoY}/members`, { seller_id: shop.id }, modX),
      () => api.delete(`/association/associations/${assoY}/members/${shop.id}`, modX),
      () => api.post(`/association/associations/${assoY}/moderator-invites`, { email: "intrus@x.test", role: "moderator" }, modX),
      () => api.post(`/association/sellers/${shop.id}`, { description: "Saisie pirate" }, modX),
    ]
    for (const attempt of attempts) {
      expect((await failure(attempt())).status).toBe(404)
    }
    const queue = (await api.get("/association/cases", modX)).data
    expect(queue.cases.map((c: any) => c.id)).not.toContain(pending.id)
    expect((await casesOf(shop.id, shop.merchant))[0]).toMatchObject({ status: "pending", reason: null, decided_at: null })
    expect(await publicDescription(shop.handle)).toBe("À relire")
    const members = (await api.get(`/association/associations/${assoY}/members`, modY)).data.members
    expect(members.map((m: any) => [m.seller_id, m.status])).toEqual([[shop.id, "active"]])
  })

  it("falls back to the commune's agents for an establishment in no association", async () => {
    const loner = await establishment("seul@commerce.test")
    const member = await establishment("membre@x.test", assoX)
    await api.post(`/vendor/sellers/${loner.id}`, { description: "Sans association" }, loner.merchant)
    await api.post(`/vendor/sellers/${member.id}`, { description: "Avec association" }, member.merchant)
    const agent = await agentHeaders(api, operator, communeId, "agent@commune.test")

    const fallback = (await api.get("/association/cases?fallback=true", agent)).data
    expect(fallback.cases).toEqual([expect.objectContaining({ seller_id: loner.id, association_id: null, policy: "post" })])
    // The queue names the establishment, as a person reads it.
    expect(fallback.cases[0].seller.name).toBe((await api.get(`/vendor/sellers/${loner.id}`, loner.merchant)).data.seller.name)
    const all = (await api.get("/association/cases", agent)).data
    expect(all.counts.by_status.pending).toBe(2)
    expect(all.counts.by_subject.seller_profile).toBe(2)
    const ofX = all.cases.find((c: any) => c.seller_id === member.id)

    expect((await failure(api.post(`/association/cases/${ofX.id}/decision`, { decision: "approved" }, agent))).status).toBe(404)
    expect((await failure(api.get(`/association/cases/${fallback.cases[0].id}`, modX))).status).toBe(404)
    // The agent's dashboard: its commune's establishments, counted by status; an agent never opens the assisted editor.
    const dashboard = (await api.get("/association/sellers", agent)).data
    expect(dashboard.sellers.map((s: any) => s.id).sort()).toEqual([loner.id, member.id].sort())
    expect(dashboard.by_status).toMatchObject({ open: 2, draft: 0, pending: 0 })
    expect(dashboard.sellers[0].commune.id).toBe(communeId)
    expect((await failure(api.get(`/association/sellers/${member.id}`, agent))).status).toBe(404)
    const decided = await api.post(`/association/cases/${fallback.cases[0].id}/decision`, { decision: "approved" }, agent)
    expect(decided.data.case).toMatchObject({ status: "approved", decided_by_type: "agent" })
    // The operator can always decide.
    await api.post(`/association/cases/${ofX.id}/decision`, { decision: "approved" }, operator)
    expect(await publicDescription(member.handle)).toBe("Avec association")
    // Nor can a moderator list the fallback queue or another association's queue: a filter narrows a scope, never replaces it.
    const member2 = await establishment("membre@y.test", assoY)
    await api.post(`/vendor/sellers/${member2.id}`, { description: "Chez Y" }, member2.merchant)
    for (const narrowing of ["fallback=true", `fallback=true&association_id=${assoY}`, `association_id=${assoY}`]) {
      const seen = (await api.get(`/association/cases?${narrowing}`, modX)).data
      expect([narrowing, seen.cases, seen.count, seen.counts.by_status.pending]).toEqual([narrowing, [], 0, 0])
    }
    expect((await api.get(`/association/cases?association_id=${assoY}`, modY)).data.cases.map((c: any) => c.seller_id)).toEqual([
      member2.id,
    ])
  })

  it("audits assisted entry, only for active members", async () => {
    const member = await establishment("aide@x.test", assoX)
    const other = await establishment("autre@y.test", assoY)
    const { data } = await api.post(`/association/sellers/${member.id}`, { description: "Saisie par l'union" }, modX)
    expect(data.seller.description).toBe("Saisie par l'union")
    expect(await publicDescription(member.handle)).toBe("Saisie par l'union")
    const [entry] = (await audit(modX)).filter((e) => e.action === "on_behalf_edit")
    expect(entry).toMatchObject({
      actor_type: "moderator",
      association_id: assoX,
      seller_id: member.id,
      before: { description: "Version publiée" },
      after: { description: "Saisie par l'union" },
    })
    expect((await failure(api.post(`/association/sellers/${other.id}`, { description: "Non" }, modX))).status).toBe(404)
    // The assisted editor opens on a member only, and says for which association.
    const opened = (await api.get(`/association/sellers/${member.id}`, modX)).data
    expect(opened).toMatchObject({ association_id: assoX, seller: { id: member.id, description: "Saisie par l'union" } })
    expect((await failure(api.get(`/association/sellers/${other.id}`, modX))).status).toBe(404)

    // Products too: published at once (the moderator is the reviewer), audited.
    const added = await api.post(`/association/sellers/${member.id}/products`, { title: "Pain d'épices", price: 6, quantity: 4 }, modX)
    const productId = added.data.product_id
    const shown = async () => (await api.get(`/store/products/${productId}`, store)).data.product.title
    expect(await shown()).toBe("Pain d'épices")
    await api.post(`/association/sellers/${member.id}/products/${productId}`, { title: "Pain d'épices au miel" }, modX)
    expect(await shown()).toBe("Pain d'épices au miel")
    const productAudit = (await audit(modX)).filter((e) => e.subject === "product" && e.subject_id === productId)
    const edits = productAudit.map((e) => [e.action, e.before?.title ?? null, e.after.title])
    expect(edits).toHaveLength(2)
    expect(edits).toEqual(
      expect.arrayContaining([
        ["on_behalf_edit", "Pain d'épices", "Pain d'épices au miel"],
        ["on_behalf_edit", null, "Pain d'épices"],
      ])
    )
    expect((await casesOf(member.id, member.merchant)).filter((c) => c.subject === "product")).toEqual([])
    const foreign = failure(api.post(`/association/sellers/${other.id}/products`, { title: "Intrus", price: 1, quantity: 1 }, modX))
    expect((await foreign).status).toBe(404)

    // A member that left is no longer edited on its behalf.
    await api.post(`/vendor/sellers/${member.id}/memberships/${assoX}`, { status: "left" }, member.merchant)
    expect((await failure(api.post(`/association/sellers/${member.id}`, { description: "Encore" }, modX))).status).toBe(404)
  })

  it("puts the case back when publishing the approved change fails halfway", async () => {
    const shop = await establishment("echec@x.test", assoX)
    await api.post(`/vendor/sellers/${shop.id}`, { handle: "nouvelle-adresse" }, shop.merchant)
    const [held] = await casesOf(shop.id, shop.merchant)
    // Meanwhile another establishment takes that address: publishing the change must fail.
    await api.post("/admin/sellers", sellerPayload(communeId, { handle: "nouvelle-adresse" }), operator)
    const res = await failure(api.post(`/association/cases/${held.id}/decision`, { decision: "approved" }, modX))
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect((await casesOf(shop.id, shop.merchant))[0]).toMatchObject({ id: held.id, status: "pending" })
    expect((await audit(modX)).filter((e) => e.case_id === held.id)).toEqual([])
    expect((await api.get(`/vendor/sellers/${shop.id}`, shop.merchant)).data.seller.handle).toBe(shop.handle)
  })

  it("moderates requests to open and new products", async () => {
    const draft = await establishment("ouverture@x.test", assoX, false)
    await api.post(`/vendor/sellers/${draft.id}/submit`, {}, draft.merchant)
    const [opening] = await casesOf(draft.id, draft.merchant)
    expect(opening).toMatchObject({ subject: "seller_opening", status: "pending", policy: "pre" })
    await api.post(`/association/cases/${opening.id}/decision`, { decision: "approved" }, modX)
    expect((await api.get(`/store/sellers/${draft.handle}`, store)).data.seller.id).toBe(draft.id)

    // A request the operator already settled can still be closed by the moderator, changing nothing.
    const other = await establishment("ouverture2@x.test", assoX, false)
    await api.post(`/vendor/sellers/${other.id}/submit`, {}, other.merchant)
    await api.post(`/admin/sellers/${other.id}/status`, { status: "open" }, operator)
    const [stale] = await casesOf(other.id, other.merchant)
    await api.post(`/association/cases/${stale.id}/decision`, { decision: "approved" }, modX)
    expect((await api.get(`/vendor/sellers/${other.id}`, other.merchant)).data.seller.status).toBe("open")

    const { data } = await api.post(
      `/vendor/sellers/${draft.id}/products`,
      { title: "Confiture de rhubarbe", price: 6.5, quantity: 10 },
      draft.merchant
    )
    const visible = async () =>
      (await api.get(`/store/products?id=${data.product.id}`, store)).data.products.map((p: any) => p.id)
    expect(await visible()).toEqual([])
    const product = (await casesOf(draft.id, draft.merchant)).find((c) => c.subject === "product")
    expect(product).toMatchObject({ subject_id: data.product.id, status: "pending", policy: "pre" })
    await api.post(`/association/cases/${product.id}/decision`, { decision: "approved" }, modX)
    expect(await visible()).toEqual([data.product.id])

    // A new text is held; the price applies at once.
    const changed = await api.post(
      `/vendor/sellers/${draft.id}/products/${data.product.id}`,
      { title: "Confiture extra de rhubarbe", price: 7 },
      draft.merchant
    )
    expect(changed.data.held).toBe(true)
    const shown = async () => (await api.get(`/store/products/${data.product.id}`, store)).data.product.title
    expect(await shown()).toBe("Confiture de rhubarbe")
    const textCase = (await casesOf(draft.id, draft.merchant)).find((c) => c.subject === "product" && c.status === "pending")
    expect(textCase.proposed).toEqual({ title: "Confiture extra de rhubarbe" })
    await api.post(`/association/cases/${textCase.id}/decision`, { decision: "approved" }, modX)
    expect(await shown()).toBe("Confiture extra de rhubarbe")
  })

  it("lets the president and the served commune's agents invite moderators, not a plain moderator", async () => {
    const route = `/association/associations/${assoX}/moderator-invites`
    const byPresident = await moderatorHeaders(api, modX, assoX, "recrue@union-x.test", "moderator", route)
    expect((await api.get("/association/me", byPresident)).data.scope.association_ids).toEqual([assoX])
    const plain = await failure(api.post(route, { email: "autre@union-x.test", role: "moderator" }, byPresident))
    expect(plain.status).toBe(404)
    const agent = await agentHeaders(api, operator, communeId, "agent2@commune.test")
    const invited = await api.post(route, { email: "par-agent@union-x.test", role: "moderator" }, agent)
    expect(invited.data.invite.token).toEqual(expect.any(String))
    const elsewhere = (await api.post("/admin/communes", communePayload(), operator)).data.commune.id
    const farAgent = await agentHeaders(api, operator, elsewhere, "agent3@commune.test")
    expect((await failure(api.post(route, { email: "x@y.test", role: "moderator" }, farAgent))).status).toBe(404)
  })
}
