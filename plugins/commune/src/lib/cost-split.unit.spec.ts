import { describe, expect, it } from "vitest"
import {
  computeCostSplit,
  conventionMonthsInYear,
  costSplitToCsv,
  DEFAULT_COST_TIERS,
  tierFor,
  type CommuneForCostSplit,
  type CostTier,
} from "./cost-split"

const tiers: CostTier[] = [
  { label: "petite", max_population: 4_999, yearly_contribution: 1_200 },
  { label: "moyenne", max_population: 19_999, yearly_contribution: 3_600 },
  { label: "grande", max_population: null, yearly_contribution: 12_000 },
]

const commune = (over: Partial<CommuneForCostSplit>): CommuneForCostSplit => ({
  id: "com_1",
  name: "Lille",
  insee_code: "59350",
  population: 236_000,
  status: "active",
  convention_start: new Date("2025-01-01T00:00:00Z"),
  convention_end: null,
  ...over,
})

describe("tierFor", () => {
  it("puts a population equal to a threshold in the lower tier", () => {
    expect(tierFor(4_999, tiers).label).toBe("petite")
    expect(tierFor(5_000, tiers).label).toBe("moyenne")
    expect(tierFor(19_999, tiers).label).toBe("moyenne")
    expect(tierFor(20_000, tiers).label).toBe("grande")
    expect(tierFor(0, tiers).label).toBe("petite")
  })

  it("refuses tiers without an unbounded last tier or out of order", () => {
    expect(() => tierFor(10, tiers.slice(0, 2))).toThrow(/unbounded/)
    expect(() => tierFor(10, [tiers[1], tiers[0], tiers[2]])).toThrow(/sorted/)
  })

  it("has sane defaults", () => {
    expect(tierFor(1_000_000, DEFAULT_COST_TIERS).max_population).toBeNull()
  })
})

describe("conventionMonthsInYear", () => {
  it("counts a whole year", () => {
    expect(conventionMonthsInYear(new Date("2024-06-15"), null, 2026)).toBe(12)
  })

  it("counts a begun month in full", () => {
    expect(conventionMonthsInYear(new Date("2026-04-20"), null, 2026)).toBe(9)
    expect(conventionMonthsInYear(new Date("2025-01-01"), new Date("2026-03-01"), 2026)).toBe(3)
    expect(conventionMonthsInYear(new Date("2026-02-10"), new Date("2026-02-11"), 2026)).toBe(1)
  })

  it("is zero outside the convention", () => {
    expect(conventionMonthsInYear(new Date("2027-01-01"), null, 2026)).toBe(0)
    expect(conventionMonthsInYear(new Date("2024-01-01"), new Date("2025-12-31"), 2026)).toBe(0)
  })
})

describe("computeCostSplit", () => {
  it("applies each tier pro rata and totals in cents", () => {
    const split = computeCostSplit(
      [
        commune({ id: "a", name: "Lille", population: 236_000 }),
        commune({
          id: "b",
          name: "Bondues",
          population: 10_000,
          convention_start: new Date("2026-07-01"),
        }),
        commune({ id: "c", name: "Erquinghem", population: 4_999, convention_end: new Date("2026-01-31") }),
      ],
      tiers,
      2026
    )
    expect(split.shares.map((s) => [s.name, s.months, s.share])).toEqual([
      ["Bondues", 6, 1_800],
      ["Erquinghem", 1, 100],
      ["Lille", 12, 12_000],
    ])
    expect(split.total).toBe(13_900)
    expect(split.shares.reduce((sum, s) => sum + s.share_percent, 0)).toBeCloseTo(100, 1)
  })

  it("rounds a third of a year to the cent", () => {
    const split = computeCostSplit(
      [commune({ population: 100, convention_start: new Date("2026-09-01") })],
      [{ label: "t", max_population: null, yearly_contribution: 1_000 }],
      2026
    )
    expect(split.shares[0].share).toBe(333.33)
  })

  it("leaves out suspended, ended and not-yet-started communes", () => {
    const split = computeCostSplit(
      [
        commune({ id: "s", status: "suspended" }),
        commune({ id: "e", status: "ended" }),
        commune({ id: "f", convention_start: new Date("2027-01-01") }),
      ],
      tiers,
      2026
    )
    expect(split.shares).toEqual([])
    expect(split.total).toBe(0)
  })

  it("exports a French spreadsheet CSV", () => {
    const split = computeCostSplit([commune({ name: "Villeneuve; d'Ascq" })], tiers, 2026)
    const csv = costSplitToCsv(split)
    expect(csv.startsWith("\uFEFFcommune;code_insee;")).toBe(true)
    expect(csv).toContain('"Villeneuve; d\'Ascq";59350;236000;grande;12000;12;12000;100')
    expect(csv.trim().split("\r\n").at(-1)).toBe("TOTAL;;;;;;12000;100")
  })
})
