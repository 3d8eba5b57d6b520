import { describe, expect, it } from "vitest"
import { previewProfile } from "./preview"

describe("vitrine preview", () => {
  const seller = { name: "Fleurs", description: "Publié", phone: "03 20 00 00 00", photos: [] as string[] }

  it("shows pending profile changes over the published values, the latest last", () => {
    const { profile, pending } = previewProfile(seller, [
      { subject: "seller_profile", status: "pending", proposed: { description: "Deuxième" }, updated_at: "2026-11-26T10:00:00Z" },
      { subject: "seller_profile", status: "pending", proposed: { description: "Première", phone: "06" }, updated_at: "2026-11-25T10:00:00Z" },
    ])
    expect(profile).toEqual({ ...seller, description: "Deuxième", phone: "06" })
    expect(pending.sort()).toEqual(["description", "phone"])
  })

  it("ignores decided cases and other subjects", () => {
    const { profile, pending } = previewProfile(seller, [
      { subject: "seller_profile", status: "rejected", proposed: { description: "Refusé" }, updated_at: "2026-11-26T10:00:00Z" },
      { subject: "product", status: "pending", proposed: { description: "Produit" }, updated_at: "2026-11-26T10:00:00Z" },
    ])
    expect(profile).toEqual(seller)
    expect(pending).toEqual([])
  })
})
