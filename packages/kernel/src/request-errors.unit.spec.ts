import { describe, expect, it } from "vitest"
import { badRequestMessage } from "./request-errors"

describe("errors a malformed request provokes", () => {
  it("turns decoding, multipart and PostgreSQL data errors into French 400 messages", () => {
    expect(badRequestMessage(new URIError("URI malformed"))).toMatch(/^adresse : encodage invalide/)
    expect(badRequestMessage(Object.assign(new Error("Failed to decode param '%E0'"), { status: 400 }))).toMatch(/^adresse/)
    expect(badRequestMessage(Object.assign(new Error("Field name missing"), { name: "MulterError", code: "MISSING_FIELD_NAME" }))).toBe(
      "corps multipart : un champ n'a pas de nom"
    )
    expect(badRequestMessage(new Error("Unexpected end of form"))).toMatch(/^corps multipart : illisible/)
    expect(badRequestMessage(new Error("Multipart: Boundary not found"))).toMatch(/^corps multipart/)
    const driver = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: "22021" })
    expect(badRequestMessage({ message: "wrapped", previous: driver })).toBe("texte : séquence d'octets invalide")
    expect(badRequestMessage(Object.assign(new Error("date/time field value out of range"), { code: "22008" }))).toBe(
      "date : hors des limites du calendrier"
    )
  })

  it("leaves every other error to Medusa's handler", () => {
    expect(badRequestMessage(new Error("connection refused"))).toBeNull()
    expect(badRequestMessage(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBeNull()
    expect(badRequestMessage(undefined)).toBeNull()
  })
})
