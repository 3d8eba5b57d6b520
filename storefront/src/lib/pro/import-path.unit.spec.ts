import { describe, expect, it } from "vitest"
import { importPath } from "./import-path"

describe("importPath", () => {
  it("sends each format to its backend route, SIRENE when unsure", () => {
    expect(importPath("produits", true)).toBe("/commune/imports/products?commit=true")
    expect(importPath("modele", false)).toBe("/commune/imports/establishments?source=modele&commit=false")
    expect(importPath("autre", false)).toBe("/commune/imports/establishments?source=sirene&commit=false")
  })
})
