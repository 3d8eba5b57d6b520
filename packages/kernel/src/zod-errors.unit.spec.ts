import { z } from "zod"
import { describe, expect, it } from "vitest"
import { frenchFieldErrors, frenchProblem } from "./zod-errors"

describe("zod's own messages", () => {
  it("name the field in French once installed", () => {
    frenchFieldErrors()
    const schema = z.object({ event: z.object({ starts_at: z.string().datetime(), kind: z.enum(["a", "b"]) }) })
    const result = schema.safeParse({ event: { starts_at: "demain", kind: "c" } })
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
      "event.starts_at : format invalide (datetime)",
      "event.kind : valeurs permises : a, b",
    ])
  })

  it("describe each kind of problem", () => {
    expect(frenchProblem({ code: "invalid_type", expected: "number" })).toBe("un nombre attendu")
    expect(frenchProblem({ code: "too_big", origin: "string", maximum: 80 })).toBe("80 caractères au plus")
    expect(frenchProblem({ code: "unrecognized_keys", keys: ["x"] })).toBe("champ inconnu (x)")
  })
})
