import { COMMUNE_MODULE } from "@enjoy/commune/modules/commune"
import type { LinkDefinition } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ASSOCIATION_MODULE } from "../../../modules/association"
import { createAssociationStep, type CreateAssociationInput } from "../steps"

export const createAssociationWorkflowId = "create-association"

/** The operator registers an association and the communes it serves (they must exist). */
export const createAssociationWorkflow = createWorkflow(
  createAssociationWorkflowId,
  (input: CreateAssociationInput & { commune_ids: string[] }) => {
    useQueryGraphStep({
      entity: "commune",
      fields: ["id"],
      filters: { id: input.commune_ids },
      options: { throwIfKeyNotFound: true },
    })
    const association = createAssociationStep(
      transform({ input }, ({ input }) => {
        const { commune_ids: _communes, ...data } = input
        return data
      })
    )
    createRemoteLinkStep(
      transform({ association, input }, ({ association, input }): LinkDefinition[] =>
        input.commune_ids.map((commune_id) => ({
          [ASSOCIATION_MODULE]: { association_id: association.id },
          [COMMUNE_MODULE]: { commune_id },
        }))
      )
    )
    return new WorkflowResponse(association)
  }
)
