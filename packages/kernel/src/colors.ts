/** Co-branding colours are stored as #rrggbb so contrast can be computed. */
export function isValidHexColor(value: string): boolean {
  return /^#[0-9a-fA-F]{6}$/.test(value)
}

function channel(value: number): number {
  const c = value / 255
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}

/** Black or white, whichever reads better on the given background (WCAG AA). */
export function readableTextOn(background: string): "#000000" | "#ffffff" {
  return contrastRatio(background, "#ffffff") >= contrastRatio(background, "#000000")
    ? "#ffffff"
    : "#000000"
}

/**
 * Adds the text colours that read on the commune's colours, so that every
 * portal or printed kit renders co-branding accessibly without recomputing it.
 */
export function withTextColors<T extends { primary_color?: string; secondary_color?: string }>(
  commune: T
): T & { primary_text_color?: string; secondary_text_color?: string } {
  return {
    ...commune,
    ...(commune.primary_color ? { primary_text_color: readableTextOn(commune.primary_color) } : {}),
    ...(commune.secondary_color
      ? { secondary_text_color: readableTextOn(commune.secondary_color) }
      : {}),
  }
}
