/** Awaits a request that must fail and returns its response (status, body: by default an error's). */
export const failure = <Body = { message: string; type: string }>(promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("Expected the request to fail")
    },
    (err) => err.response as { status: number; headers: Record<string, string>; data: Body }
  )
