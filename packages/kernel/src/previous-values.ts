/**
 * The values an update is about to overwrite, keyed like the update itself, so
 * that a step's compensation can put exactly those fields back. Shared by the
 * update steps of every plugin; typed by the rows read, which is what it returns.
 */
/** The fields of a row that an update names, and its id. */
export type Previous<Update, Row> = { id: string } & Partial<Pick<Row, Extract<keyof Update, keyof Row>>>

export function previousValues<Update extends { id: string }, Row extends { id: string }>(
  updates: Update[],
  before: Row[]
): Previous<Update, Row>[] {
  return updates.map((update) => {
    const current = before.find((b) => b.id === update.id) as Record<string, unknown> | undefined
    // Object.fromEntries forgets the keys' types; they are the update's, with the row's values.
    return Object.fromEntries(
      Object.keys(update).map((key) => [key, key === "id" ? update.id : current?.[key]])
    ) as Previous<Update, Row>
  })
}
