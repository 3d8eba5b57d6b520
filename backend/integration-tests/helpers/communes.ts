let counter = 0

/** A valid commune payload; each call gets its own slug and INSEE code. */
export function communePayload(overrides: Record<string, unknown> = {}) {
  counter += 1
  const n = String(counter).padStart(3, "0")
  return {
    name: `Commune ${n}`,
    slug: `commune-${n}`,
    insee_code: `59${n}`,
    postal_codes: ["59000"],
    population: 12_000,
    population_year: 2021,
    latitude: 50.63,
    longitude: 3.06,
    convention_start: "2026-01-01",
    ...overrides,
  }
}
