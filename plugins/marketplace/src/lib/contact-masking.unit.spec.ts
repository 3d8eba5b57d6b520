import { describe, expect, it } from "vitest"
import { maskEmail, maskPhone } from "./contact-masking"

describe("contact masking", () => {
  it("keeps an e-mail recognisable, not usable", () => {
    expect(maskEmail("lea@exemple.fr")).toBe("l**@exemple.fr")
    expect(maskEmail("jean-baptiste.durand@exemple.fr")).toBe("j********@exemple.fr")
    expect(maskEmail("a@b.fr")).toBe("a**@b.fr")
    expect(maskEmail("pas-une-adresse")).toBe("***")
  })

  it("keeps a phone's last two digits", () => {
    expect(maskPhone("06 12 34 56 78")).toBe("••••••••78")
    expect(maskPhone("+33")).toBe("***")
  })
})
