import type { CSSProperties } from "react"
import type { Commune } from "./communes"

/** A portal's colours as CSS variables; text colours come precomputed for contrast. */
export function communeTheme(commune: Commune): CSSProperties {
  return {
    "--commune-primary": commune.primary_color,
    "--commune-on-primary": commune.primary_text_color,
    "--commune-secondary": commune.secondary_color,
    "--commune-on-secondary": commune.secondary_text_color,
  } as CSSProperties
}
