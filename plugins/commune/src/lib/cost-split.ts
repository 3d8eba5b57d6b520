import { writeCsv } from "@enjoy/kernel"
/**
 * The "clé de répartition": each commune pays the yearly contribution of its
 * population tier, pro rata of the months its convention covers that year.
 * Amounts are computed in cents so that rounding never drifts.
 */
export type CostTier = {
  label: string
  /** Inclusive upper bound; null for the last, unbounded tier. */
  max_population: number | null
  /** Euros per full year. */
  yearly_contribution: number
}

export type CommuneForCostSplit = {
  id: string
  name: string
  insee_code: string
  population: number
  status: "active" | "suspended" | "ended"
  convention_start: Date
  convention_end: Date | null
}

export type CostShare = {
  commune_id: string
  name: string
  insee_code: string
  population: number
  tier: string
  yearly_contribution: number
  months: number
  share: number
  share_percent: number
}

export type CostSplit = { year: number; total: number; shares: CostShare[] }

/** The platform's default tiers. Illustrative figures until the convention sets them. */
export const DEFAULT_COST_TIERS: CostTier[] = [
  { label: "moins de 5 000 habitants", max_population: 4_999, yearly_contribution: 1_500 },
  { label: "5 000 à 19 999 habitants", max_population: 19_999, yearly_contribution: 4_000 },
  { label: "20 000 à 49 999 habitants", max_population: 49_999, yearly_contribution: 8_000 },
  { label: "50 000 à 99 999 habitants", max_population: 99_999, yearly_contribution: 15_000 },
  { label: "100 000 habitants et plus", max_population: null, yearly_contribution: 30_000 },
]

export function assertValidTiers(tiers: CostTier[]): void {
  if (tiers.length === 0 || tiers[tiers.length - 1].max_population !== null) {
    throw new Error("The last cost tier must be unbounded (max_population: null)")
  }
  for (let i = 1; i < tiers.length - 1; i++) {
    if ((tiers[i].max_population as number) <= (tiers[i - 1].max_population as number)) {
      throw new Error("Cost tiers must be sorted by increasing max_population")
    }
  }
}

export function tierFor(population: number, tiers: CostTier[]): CostTier {
  assertValidTiers(tiers)
  return tiers.find((t) => t.max_population === null || population <= t.max_population)!
}

/**
 * Calendar months of `year` in which the convention is in force for at least
 * one day: a month begun is owed in full.
 */
export function conventionMonthsInYear(start: Date, end: Date | null, year: number): number {
  const first = Date.UTC(year, 0, 1)
  const last = Date.UTC(year, 11, 31)
  const from = Math.max(start.getTime(), first)
  const to = Math.min(end?.getTime() ?? last, last)
  if (from > to) {
    return 0
  }
  const fromMonth = new Date(from).getUTCMonth()
  const toMonth = new Date(to).getUTCMonth()
  return toMonth - fromMonth + 1
}

export function computeCostSplit(
  communes: CommuneForCostSplit[],
  tiers: CostTier[],
  year: number
): CostSplit {
  const shares = communes
    .filter((c) => c.status === "active")
    .map((commune) => {
      const tier = tierFor(commune.population, tiers)
      const months = conventionMonthsInYear(commune.convention_start, commune.convention_end, year)
      const shareCents = Math.round((tier.yearly_contribution * 100 * months) / 12)
      return { commune, tier, months, shareCents }
    })
    .filter(({ months }) => months > 0)

  const totalCents = shares.reduce((sum, s) => sum + s.shareCents, 0)

  return {
    year,
    total: totalCents / 100,
    shares: shares
      .map(({ commune, tier, months, shareCents }) => ({
        commune_id: commune.id,
        name: commune.name,
        insee_code: commune.insee_code,
        population: commune.population,
        tier: tier.label,
        yearly_contribution: tier.yearly_contribution,
        months,
        share: shareCents / 100,
        share_percent: totalCents ? Math.round((shareCents / totalCents) * 10_000) / 100 : 0,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, "fr")),
  }
}

const CSV_HEADER = [
  "commune",
  "code_insee",
  "population",
  "tranche",
  "contribution_annuelle_eur",
  "mois_convention",
  "part_eur",
  "part_pourcentage",
]

/** Amounts as a spreadsheet shows them: "12.5", "40" (never "40.00"). */
const amount = (value: number) => value.toFixed(2).replace(/\.00$/, "")

/** Semicolon-separated with a BOM, the CSV French spreadsheets open without asking. */
export function costSplitToCsv(split: CostSplit): string {
  const rows = split.shares.map((s) => [
    s.name,
    s.insee_code,
    s.population,
    s.tier,
    amount(s.yearly_contribution),
    s.months,
    amount(s.share),
    amount(s.share_percent),
  ])
  return writeCsv(CSV_HEADER, [...rows, ["TOTAL", "", "", "", "", "", amount(split.total), "100"]], "spreadsheet")
}
