import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Reads one commune through Query; a missing one is a 404. */
export async function retrieveCommune(req: MedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [commune],
  } = await query.graph(
    {
      entity: "commune",
      fields: req.queryConfig?.fields ?? ["*"],
      filters: { id },
    },
    { throwIfKeyNotFound: true }
  )
  return commune
}
