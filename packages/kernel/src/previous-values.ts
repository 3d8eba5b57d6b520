/**
 * The values an update is about to overwrite, keyed like the update itself, so
 * that a step's compensation can put exactly those fields back. Shared by the
 * update steps of every plugin (this is the base plugin they all depend on).
 */
export function previousValues<T extends { id: string }>(
  updates: T[],
  before: { id: string }[]
): T[] {
  return updates.map((update) => {
    const current = before.find((b) => b.id === update.id) as Record<string, unknown> | undefined
    return Object.fromEntries(
      Object.keys(update).map((key) => [key, key === "id" ? update.id : current?.[key]])
    ) as T
  })
}
