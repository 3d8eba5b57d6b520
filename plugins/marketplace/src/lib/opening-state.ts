import { isOpenAt, nextOpening, type OpeningHours } from "@enjoy/kernel"

export type OpeningState = { is_open_now: boolean | null; next_opening: string | null }

/** What a shopper needs to read at a glance; null when the hours are unknown. */
export function openingState(hours: OpeningHours | null | undefined, now: Date): OpeningState {
  if (!hours) {
    return { is_open_now: null, next_opening: null }
  }
  const open = isOpenAt(hours, now)
  return {
    is_open_now: open,
    next_opening: open ? null : (nextOpening(hours, now)?.toISOString() ?? null),
  }
}
