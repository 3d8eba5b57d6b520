import { describe, expect, it } from "vitest"
import { decisionMessage } from "./decision-messages"

describe("decision e-mails", () => {
  it("tells the merchant what was decided, why, and that nothing is lost", () => {
    const rejected = decisionMessage({
      subject: "seller_profile",
      seller_name: "Fromagerie du Beffroi",
      decision: "rejected",
      reason: "Photo floue",
      policy: "pre",
    })
    expect(rejected.subject).toBe("Fromagerie du Beffroi : la modification de la vitrine — refusée")
    expect(rejected.text).toBe(
      "La modification de la vitrine de Fromagerie du Beffroi est refusée. Motif : Photo floue " +
        "Votre brouillon est conservé : corrigez-le puis soumettez-le à nouveau."
    )
    expect(
      decisionMessage({ subject: "product", seller_name: "X", decision: "approved", policy: "pre" }).text
    ).toBe("Bonne nouvelle : le produit de X est approuvé et désormais visible du public.")
  })
})
