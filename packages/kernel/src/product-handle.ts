/**
 * Product handles are unique across the platform (Medusa's rule), but two
 * bakeries may both sell a "Pain au levain". The first keeps the plain
 * handle; the next ones get "-2", "-3"… — stable, readable URLs.
 */
export function firstFreeHandle(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) {
    return base
  }
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`
    if (!taken.has(candidate)) {
      return candidate
    }
  }
}

/** The handles a check must look up to find the first free one among `base`, `base-2` … `base-<count+1>`. */
export function handleCandidates(base: string, count: number): string[] {
  return [base, ...Array.from({ length: count }, (_, i) => `${base}-${i + 2}`)]
}

/**
 * Free handles for several new products at once: each the first one free among the platform's
 * `taken` handles and those already given to the batch's earlier products, in the batch's order.
 */
export function assignFreeHandles(bases: readonly string[], taken: ReadonlySet<string>): string[] {
  const used = new Set(taken)
  return bases.map((base) => {
    const handle = firstFreeHandle(base, used)
    used.add(handle)
    return handle
  })
}
