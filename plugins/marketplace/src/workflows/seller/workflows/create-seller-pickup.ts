import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createFulfillmentSets,
  createRemoteLinkStep,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { ensureDefaultShippingProfileStep } from "../../catalog/steps/ensure-default-shipping-profile"

export const createSellerPickupWorkflowId = "create-seller-pickup"

/** Medusa's built-in manual fulfillment: the shopper collects at the counter. */
const MANUAL_PROVIDER = "manual_manual"

export type PickupInput = { pickups: { location_id: string; handle: string }[] }

/**
 * Gives establishments' stock locations a free "Retrait en boutique" shipping
 * option each (a pickup fulfillment set for France), so that their
 * reservations and orders can be checked out and collected in store. One or
 * many at once: an import opens a whole directory in one workflow.
 */
export const createSellerPickupWorkflow = createWorkflow(createSellerPickupWorkflowId, (input: PickupInput) => {
  const sets = createFulfillmentSets(
    transform(input, ({ pickups }) => pickups.map(({ handle }) => ({ name: `retrait-${handle}`, type: "pickup" })))
  )
  createRemoteLinkStep(
    transform({ input, sets }, ({ input, sets }): LinkDefinition[] =>
      input.pickups.flatMap(({ location_id }, i): LinkDefinition[] => [
        { [Modules.STOCK_LOCATION]: { stock_location_id: location_id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_PROVIDER } },
        { [Modules.STOCK_LOCATION]: { stock_location_id: location_id }, [Modules.FULFILLMENT]: { fulfillment_set_id: sets[i].id } },
      ])
    )
  ).config({ name: "link-locations-to-pickup" })

  const zones = createServiceZonesWorkflow.runAsStep({
    input: transform({ input, sets }, ({ input, sets }) => ({
      data: input.pickups.map(({ handle }, i) => ({
        // Service zone names are unique across the platform.
        name: `France — ${handle}`,
        fulfillment_set_id: sets[i].id,
        geo_zones: [{ type: "country" as const, country_code: "fr" }],
      })),
    })),
  })
  const profile = ensureDefaultShippingProfileStep()

  const options = createShippingOptionsWorkflow.runAsStep({
    input: transform({ zones, profile }, ({ zones, profile }) =>
      zones.map((zone) => ({
        name: "Retrait en boutique",
        service_zone_id: zone.id,
        shipping_profile_id: profile.id,
        provider_id: MANUAL_PROVIDER,
        price_type: "flat" as const,
        type: { label: "Retrait en boutique", description: "À retirer au comptoir", code: "pickup" },
        prices: [{ currency_code: "eur", amount: 0 }],
        rules: [],
      }))
    ),
  })
  return new WorkflowResponse(options)
})
