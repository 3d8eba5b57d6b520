/** "4,50", "4.5", " 12 " → 4.5, 4.5, 12: prices as French people type them; null when it is not a positive amount. */
export function parsePrice(text: string): number | null {
  const normalized = text.trim().replace(/\s/g, "").replace(",", ".")
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) {
    return null
  }
  const value = Number(normalized)
  return value > 0 ? value : null
}

/** A whole, non-negative stock; null otherwise. */
export function parseStock(text: string): number | null {
  const normalized = text.trim()
  return /^\d{1,7}$/.test(normalized) ? Number(normalized) : null
}
