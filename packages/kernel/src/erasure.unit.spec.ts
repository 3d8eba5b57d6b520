import { describe, expect, it } from "vitest"
import { erasedAddress } from "./erasure"

describe("erasedAddress", () => {
  it("wipes names, phone and street but keeps the address row", () => {
    expect(erasedAddress({ id: "addr_1", first_name: "Léa", last_name: "Martin", phone: "0320000000", address_1: "1 rue" })).toEqual({
      id: "addr_1",
      first_name: null,
      last_name: null,
      company: null,
      phone: null,
      address_1: null,
      address_2: null,
    })
  })

  it("leaves alone an address with nothing personal, or none", () => {
    expect(erasedAddress({ id: "addr_2", first_name: null })).toBeNull()
    expect(erasedAddress(null)).toBeNull()
  })
})
