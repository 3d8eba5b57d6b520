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

/**
 * A commune's fields as its module stores them: the HTTP layer sends the
 * convention's dates as ISO days, the model holds dates.
 */
export function communeData<Input extends UpdateCommuneInput>(input: Input) {
  const { convention_start, convention_end, ...rest } = input
  return {
    ...rest,
    ...(convention_start !== undefined && { convention_start: new Date(convention_start) }),
    ...(convention_end !== undefined && { convention_end: convention_end === null ? null : new Date(convention_end) }),
  }
}
