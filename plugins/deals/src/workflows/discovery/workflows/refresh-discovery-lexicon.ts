import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rebuildLexiconStep } from "../steps/rebuild-lexicon"

/** Keeps the words discovery corrects typos against in step with the indexes (PostgreSQL provider). */
export const refreshDiscoveryLexiconWorkflow = createWorkflow("refresh-discovery-lexicon", (input: { force?: boolean }) => {
  return new WorkflowResponse(rebuildLexiconStep(input))
})
