import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isBot, normalizeSearchTerm } from "../../../lib/audience"
import { recordStatEventsWorkflow, type StatEventInput } from "../../../workflows"
import type { BeaconType } from "../../validators"

/**
 * The storefront's audience beacon: a vitrine seen, a search made. Answers
 * 204 whatever happens to the count (a beacon never disturbs a visit); bots,
 * unknown establishments and searches holding personal data are not counted.
 */
export async function POST(req: MedusaRequest<BeaconType>, res: MedusaResponse) {
  const beacon = req.validatedBody
  const event = isBot(req.get("user-agent")) ? null : await toStatEvent(req, beacon)
  if (event) {
    await recordStatEventsWorkflow(req.scope).run({ input: [event] })
  }
  res.status(204).end()
}

async function toStatEvent(req: MedusaRequest, beacon: BeaconType): Promise<StatEventInput | null> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  if (beacon.type === "vitrine_view") {
    const { data } = await query.graph({ entity: "seller", fields: ["id", "status", "commune.id"], filters: { id: beacon.seller_id } })
    const commune = (data[0]?.commune as { id: string } | undefined)?.id
    return data[0]?.status === "open" && commune ? { kind: "vitrine_view", commune_id: commune, seller_id: beacon.seller_id } : null
  }
  const term = normalizeSearchTerm(beacon.q)
  if (!term) {
    return null
  }
  const { data } = beacon.commune ? await query.graph({ entity: "commune", fields: ["id"], filters: { slug: beacon.commune } }) : { data: [] }
  return { kind: "search", commune_id: data[0]?.id ?? null, detail: term }
}
