/** The p-th percentile (0–100) of samples, by linear interpolation between closest ranks. */
export function percentile(samples, p) {
  if (!samples.length) {
    throw new Error("percentile of no samples")
  }
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low)
}

/** p50, p95 and mean of samples, in the samples' unit. */
export function summarize(samples) {
  return {
    n: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    mean: samples.reduce((sum, s) => sum + s, 0) / samples.length,
  }
}
