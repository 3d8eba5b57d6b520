import { describe, expect, it } from "vitest"
import { foldAccents, searchTerms, singular, synonymsOf, words } from "./french-text"

describe("French text for search", () => {
  it("folds accents and ligatures", () => {
    expect(foldAccents("Pâtisserie Crème Brûlée — Œufs")).toBe("patisserie creme brulee — oeufs")
  })

  it("splits on apostrophes and hyphens", () => {
    expect(words("L'Épicerie du Vieux-Lille")).toEqual(["l", "epicerie", "du", "vieux", "lille"])
  })

  it("takes plurals back to the singular", () => {
    expect(["fleurs", "gateaux", "vins", "pain", "bus"].map(singular)).toEqual(["fleur", "gateau", "vin", "pain", "bus"])
  })

  it("implies the members of every synonym group a text touches", () => {
    expect(synonymsOf("Boulangerie Paul")).toEqual(
      expect.arrayContaining(["boulanger", "pain", "viennoiserie", "croissant", "baguette"])
    )
    expect(synonymsOf("Les Fleurs de Marie")).toEqual(expect.arrayContaining(["fleuriste", "bouquet"]))
    expect(synonymsOf("Cave à vins")).toContain("caviste")
  })

  it("matches multi-word members as phrases only", () => {
    expect(synonymsOf("Primeur du marché")).toContain("fruit et legume")
    expect(synonymsOf("Salon de thé")).toContain("cafe")
    expect(synonymsOf("Salon privé")).toEqual([])
  })

  it("knows trades by what they repair", () => {
    expect(synonymsOf("Cordonnerie Gambetta")).toEqual(expect.arrayContaining(["reparation chaussure", "double de cle"]))
    expect(synonymsOf("Retouches et couture")).toContain("retoucherie")
    expect(synonymsOf("Atelier céramique en famille")).toEqual(expect.arrayContaining(["enfant", "jeune public"]))
  })

  it("does not match inside longer words", () => {
    expect(synonymsOf("Painting studio")).toEqual([])
  })

  it("builds the hidden search terms from several fields", () => {
    const terms = searchTerms("Le Bistrot d'Émile", null, "restaurant")
    expect(terms.split(" ")).toEqual(expect.arrayContaining(["bistrot", "emile", "resto", "brasserie"]))
  })
})
