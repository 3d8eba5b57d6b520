import type { CommuneStatus } from "../../lib/commune-status"

export type CreateCommuneInput = {
  name: string
  slug: string
  insee_code: string
  postal_codes: string[]
  population: number
  population_year: number
  logo_url?: string | null
  primary_color?: string
  secondary_color?: string
  latitude: number
  longitude: number
  convention_start: Date | string
  convention_end?: Date | string | null
  status?: CommuneStatus
}

export type UpdateCommuneInput = Partial<Omit<CreateCommuneInput, "status">>

export type CommuneBrandingInput = Pick<
  UpdateCommuneInput,
  "logo_url" | "primary_color" | "secondary_color"
>
