import { z } from "zod"
import { describe, expect, it } from "vitest"
import { day, email, euros, httpUrl, instant, isDay, isInstant, page, text } from "./fields"

const messages = (schema: z.ZodType, value: unknown) => {
  const result = z.object({ field: schema }).safeParse({ field: value })
  return result.success ? [] : result.error.issues.map((issue) => issue.message)
}

describe("zod building blocks", () => {
  it("trims text and refuses control characters and excess, naming the field", () => {
    expect(z.object({ field: text({ max: 5 }) }).parse({ field: "  pain " })).toEqual({ field: "pain" })
    expect(messages(text({ max: 5 }), "pain\u0000")).toEqual(["field : caractère de contrôle interdit"])
    expect(messages(text({ max: 5 }), "baguettes")).toEqual(["field : 5 caractères au plus"])
    expect(messages(text({ max: 5, min: 1 }), "   ")).toEqual(["field : ne peut pas être vide"])
    expect(messages(text({ max: 5 }), 12)).toEqual(["field : du texte est attendu"])
    expect(messages(text({ max: 50 }), "ligne 1\nligne 2\tfin")).toEqual([])
  })

  it("takes e-mails within RFC 5321's limits, lower-cased", () => {
    expect(z.object({ field: email() }).parse({ field: " Lea@Exemple.FR " })).toEqual({ field: "lea@exemple.fr" })
    expect(messages(email(), `${"a".repeat(70_000)}@exemple.fr`)[0]).toBe("field : adresse e-mail trop longue (254 caractères au plus)")
    expect(messages(email(), `${"a".repeat(65)}@exemple.fr`)).toEqual(["field : adresse e-mail invalide"])
    expect(messages(email(), "lea@")).toEqual(["field : adresse e-mail invalide"])
  })

  it("takes http and https addresses only", () => {
    expect(messages(httpUrl(), "https://boulangerie.fr/menu?x=1")).toEqual([])
    for (const url of ["javascript:alert(1)", "data:text/html,<script>", "file:///etc/passwd", "https://", "http://a b.fr"]) {
      expect(messages(httpUrl(), url)).toEqual(["field : adresse web invalide (http:// ou https:// attendu)"])
    }
  })

  it("takes euros in whole cents from one cent", () => {
    expect(messages(euros(), 19.99)).toEqual([])
    expect(messages(euros(), 0.005)).toEqual(["field : un centime au moins", "field : deux décimales au plus (des centimes)"])
    expect(messages(euros(), 1e-10)).toContain("field : un centime au moins")
    expect(messages(euros(), 1.234)).toEqual(["field : deux décimales au plus (des centimes)"])
    expect(messages(euros({ max: 100 }), 101)).toEqual(["field : 100 € au plus"])
  })

  it("takes real calendar days and instants between 1900 and 2100 only", () => {
    expect([isDay("2024-02-29"), isDay("2023-02-29"), isDay("2024-13-45"), isDay("0000-01-01"), isDay("2024-1-1")]).toEqual([
      true, false, false, false, false,
    ])
    expect(isInstant("2026-05-01T09:00:00+02:00")).toBe(true)
    expect(isInstant("2026-05-01T09:00:00.123Z")).toBe(true)
    expect(isInstant("2026-05-01T09:00:00")).toBe(false)
    expect(isInstant("2026-02-30T09:00:00Z")).toBe(false)
    expect(isInstant("2026-05-01T24:00:00Z")).toBe(false)
    expect(isInstant("0000-01-01T00:00:00Z")).toBe(false)
    expect(messages(day(), "2030-13-45")[0]).toMatch(/^field : date impossible/)
    expect(messages(instant(), "2024-13-45T00:00:00Z")[0]).toMatch(/^field : date et heure impossibles/)
  })

  it("pages with non-negative whole numbers, the limit capped", () => {
    const schema = z.object(page({ limit: 20, max: 100 }))
    expect(schema.parse({})).toEqual({ limit: 20, offset: 0 })
    expect(schema.parse({ limit: "50", offset: "10" })).toEqual({ limit: 50, offset: 10 })
    const problems = (query: Record<string, string>) => {
      const result = schema.safeParse(query)
      return result.success ? [] : result.error.issues.map((issue) => issue.message)
    }
    expect(problems({ limit: "-1" })).toEqual(["limit : 1 au moins"])
    expect(problems({ limit: "1.5" })).toEqual(["limit : nombre entier attendu"])
    expect(problems({ offset: "-1" })).toEqual(["offset : 0 au moins"])
    expect(problems({ limit: "abc" })).toEqual(["limit : nombre entier attendu"])
    expect(problems({ limit: "500" })).toEqual(["limit : 100 au plus"])
  })
})
