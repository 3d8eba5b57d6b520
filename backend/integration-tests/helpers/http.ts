/** Awaits a request that must fail and returns its response (status, body). */
export const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("Expected the request to fail")
    },
    (err) => err.response as { status: number; headers: Record<string, string>; data: { message: string; type: string } }
  )
