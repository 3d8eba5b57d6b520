import { createStep } from "@medusajs/framework/workflows-sdk"

/** Composed after a mutating step in tests: its failure must trigger that step's compensation. */
export const failAfterWriteStep = createStep("test-fail-after-write", async () => {
  throw new Error("Failure injected by the test")
})
