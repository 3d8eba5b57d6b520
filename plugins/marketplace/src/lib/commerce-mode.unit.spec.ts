import { describe, expect, it } from "vitest"
import { cartRefusal } from "./commerce-mode"

describe("cartRefusal", () => {
  it("lets reservation and online establishments sell", () => {
    expect(cartRefusal({ name: "Fromagerie", commerce_mode: "reservation", status: "open" })).toBeNull()
    expect(cartRefusal({ name: "Brasserie", commerce_mode: "online", status: "open" })).toBeNull()
  })

  it("refuses a showcase, naming the establishment and the reason", () => {
    expect(cartRefusal({ name: "Estaminet", commerce_mode: "showcase", status: "open" })).toMatch(
      /"Estaminet" only shows its products \(showcase mode\)/
    )
  })

  it("refuses an establishment that is not open", () => {
    expect(cartRefusal({ name: "Atelier", commerce_mode: "online", status: "suspended" })).toMatch(/not open/)
  })
})
