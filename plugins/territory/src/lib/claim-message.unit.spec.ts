import { describe, expect, it } from "vitest"
import { claimDecisionMessage } from "./claim-message"

const base = { email: "paul@exemple.fr", establishment: "Cave des Flandres", reason: null, invite_token: null, storefront_url: "https://enjoy.test", claim_id: "clm_1" }

describe("claim decision e-mail", () => {
  it("carries the invitation link when approved", () => {
    const message = claimDecisionMessage({ ...base, decision: "approved", invite_token: "tok_123" })
    expect(message.to).toBe("paul@exemple.fr")
    expect(message.data.link).toBe("https://enjoy.test/pro/invitation?jeton=tok_123")
    expect(message.data.text).toContain("« Cave des Flandres »")
  })

  it("gives the reason when refused, and no link", () => {
    const message = claimDecisionMessage({ ...base, decision: "rejected", reason: "Vous n'êtes pas le gérant inscrit" })
    expect(message.data.link).toBeNull()
    expect(message.data.text).toContain("Motif : Vous n'êtes pas le gérant inscrit")
  })
})
