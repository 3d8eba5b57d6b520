/**
 * Retries an assertion until it holds or `timeoutMs` passes, for effects that
 * follow an event asynchronously (search indexing). Not a timing claim: the
 * deadline only keeps a broken subscriber from hanging the suite.
 */
export async function eventually<T>(assertion: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await assertion()
    } catch (error) {
      if (Date.now() > deadline) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, 150))
    }
  }
}
