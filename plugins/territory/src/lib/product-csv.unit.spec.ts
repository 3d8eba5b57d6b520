import { describe, expect, it } from "vitest"
import { parseEuros, planProductImport, readProductRow } from "./product-csv"

describe("products import", () => {
  it("reads prices as typed in France", () => {
    expect(parseEuros("4,20")).toBe(4.2)
    expect(parseEuros("4.20 €")).toBe(4.2)
    expect(parseEuros("0")).toBeNull()
    expect(parseEuros("quatre")).toBeNull()
  })

  it("gives every problem of a line at once", () => {
    const result = readProductRow({ etablissement: "", titre: "", prix: "x", stock: "-1" })
    expect((result as { error: string }).error.split(" ; ")).toHaveLength(4)
  })

  it("finds each line's establishment, leaves present products alone and refuses doubles", () => {
    const row = (establishment: string, titre: string, sku = "") => ({ result: readProductRow({ etablissement: establishment, titre, prix: "3", stock: "5", sku }) })
    const plan = planProductImport(
      [
        { line: 2, ...row("81203456700014", "Pain au levain") },
        { line: 3, ...row("81203456700014", "Baguette") },
        { line: 4, ...row("BOUL-9", "Croissant", "CR-1") },
        { line: 5, ...row("00000000000000", "Inconnu") },
        { line: 6, ...row("81203456700014", "baguette") },
        { line: 7, ...row("44306184100047", "Vin") },
      ],
      new Map([["81203456700014", "sel_1"], ["BOUL-9", "sel_2"], ["44306184100047", "sel_3"]]),
      new Map([["sel_1", { titles: new Set(["pain au levain"]), skus: new Set<string>() }]]),
      new Set(["sel_3"])
    )
    expect(plan.report).toMatchObject({ lines: 6, to_create: 2, already_present: 1 })
    expect(plan.report.errors.map((e) => e.line)).toEqual([5, 6, 7])
    expect(plan.report.errors[2].message).toContain("géré par son commerçant")
    expect(plan.creates.map((c) => [c.seller_id, c.title])).toEqual([["sel_1", "Baguette"], ["sel_2", "Croissant"]])
  })
})
