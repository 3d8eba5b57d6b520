import type { CreateCommuneInput } from "@enjoy/commune/workflows"

/**
 * Communes of the Lille metropole (Métropole Européenne de Lille).
 * INSEE codes and postal codes are real. Populations are APPROXIMATE (rounded
 * from recent census figures) and the convention dates are invented for the demo.
 * The emblem (logo) of each commune is drawn from its colours by the seed.
 */
export type SeedCommune = Omit<
  CreateCommuneInput,
  "logo_url" | "status" | "convention_end" | "convention_start" | "primary_color" | "secondary_color"
> & { primary_color: string; secondary_color: string; convention_start: string }

export const SEED_COMMUNES: SeedCommune[] = [
  { name: "Lille", slug: "lille", insee_code: "59350", postal_codes: ["59000", "59160", "59260", "59777", "59800"], population: 236_000, population_year: 2021, latitude: 50.6292, longitude: 3.0573, primary_color: "#9b1c31", secondary_color: "#f4d35e", convention_start: "2025-01-01" },
  { name: "Roubaix", slug: "roubaix", insee_code: "59512", postal_codes: ["59100"], population: 98_800, population_year: 2021, latitude: 50.6942, longitude: 3.1746, primary_color: "#1d3557", secondary_color: "#e63946", convention_start: "2025-01-01" },
  { name: "Tourcoing", slug: "tourcoing", insee_code: "59599", postal_codes: ["59200"], population: 98_700, population_year: 2021, latitude: 50.7239, longitude: 3.1612, primary_color: "#005f73", secondary_color: "#94d2bd", convention_start: "2025-03-01" },
  { name: "Villeneuve-d'Ascq", slug: "villeneuve-d-ascq", insee_code: "59009", postal_codes: ["59491", "59650"], population: 62_700, population_year: 2021, latitude: 50.6233, longitude: 3.145, primary_color: "#2d6a4f", secondary_color: "#b7e4c7", convention_start: "2025-01-01" },
  { name: "Wattrelos", slug: "wattrelos", insee_code: "59650", postal_codes: ["59150"], population: 40_900, population_year: 2021, latitude: 50.701, longitude: 3.215, primary_color: "#6a040f", secondary_color: "#ffba08", convention_start: "2025-06-01" },
  { name: "Marcq-en-Barœul", slug: "marcq-en-baroeul", insee_code: "59378", postal_codes: ["59700"], population: 39_400, population_year: 2021, latitude: 50.6711, longitude: 3.0972, primary_color: "#3a0ca3", secondary_color: "#f72585", convention_start: "2025-01-01" },
  { name: "Lambersart", slug: "lambersart", insee_code: "59328", postal_codes: ["59130"], population: 27_600, population_year: 2021, latitude: 50.65, longitude: 3.025, primary_color: "#0b525b", secondary_color: "#ffd166", convention_start: "2025-09-01" },
  { name: "Armentières", slug: "armentieres", insee_code: "59017", postal_codes: ["59280"], population: 24_900, population_year: 2021, latitude: 50.6881, longitude: 2.8811, primary_color: "#7f4f24", secondary_color: "#ede0d4", convention_start: "2026-01-01" },
  { name: "Croix", slug: "croix", insee_code: "59163", postal_codes: ["59170"], population: 21_000, population_year: 2021, latitude: 50.6781, longitude: 3.15, primary_color: "#1b4332", secondary_color: "#ffb703", convention_start: "2026-02-01" },
  { name: "Seclin", slug: "seclin", insee_code: "59560", postal_codes: ["59113"], population: 12_800, population_year: 2021, latitude: 50.5486, longitude: 3.0297, primary_color: "#264653", secondary_color: "#e9c46a", convention_start: "2026-04-01" },
  { name: "Wambrechies", slug: "wambrechies", insee_code: "59636", postal_codes: ["59118"], population: 10_500, population_year: 2021, latitude: 50.6861, longitude: 3.0497, primary_color: "#540b0e", secondary_color: "#e09f3e", convention_start: "2026-05-01" },
]
