import { formsEn, formsFr } from "../i18n/forms"
import { describe, expect, it } from "vitest"
import { parseContact } from "./contact"

describe("parseContact", () => {
  it("accepts a guest's details, trimmed, with the e-mail in lower case", () => {
    expect(
      parseContact({ first_name: " Léa ", last_name: "Martin", email: "Lea.Martin@Exemple.fr ", phone: "06 12 34 56 78" }, formsFr.contact)
    ).toEqual({ contact: { first_name: "Léa", last_name: "Martin", email: "lea.martin@exemple.fr", phone: "06 12 34 56 78" } })
  })

  it.each(["0612345678", "06.12.34.56.78", "+33 6 12 34 56 78", "+33612345678", "03-20-00-00-00"])(
    "accepts the French phone number %s",
    (phone) => {
      expect(parseContact({ first_name: "A", last_name: "B", email: "a@b.fr", phone }, formsFr.contact)).toHaveProperty("contact")
    }
  )

  it("reports every missing or malformed field at once, in French", () => {
    expect(parseContact({ first_name: "  ", email: "lea@", phone: "12345" }, formsFr.contact)).toEqual({
      errors: {
        first_name: "Indiquez votre prénom.",
        last_name: "Indiquez votre nom.",
        email: "Cette adresse e-mail n'est pas valide (exemple : nom@exemple.fr).",
        phone: "Ce numéro n'est pas valide (exemple : 06 12 34 56 78).",
      },
    })
  })
})

describe("parseContact in English", () => {
  it("answers an English visitor in English", () => {
    expect(parseContact({ first_name: "", last_name: "Martin", email: "pas-une-adresse", phone: "06 12 34 56 78" }, formsEn.contact)).toEqual({
      errors: { first_name: "Enter your first name.", email: "This e-mail address is not valid (for example: name@example.com)." },
    })
  })
})
