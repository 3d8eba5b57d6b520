import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createLocationFulfillmentSetWorkflow,
  createRemoteLinkStep,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { ensureDefaultShippingProfileStep } from "../../catalog/steps/ensure-default-shipping-profile"

export const createSellerPickupWorkflowId = "create-seller-pickup"

/** Medusa's built-in manual fulfillment: the shopper collects at the counter. */
const MANUAL_PROVIDER = "manual_manual"

/**
 * Gives an establishment's stock location a free "Retrait en boutique"
 * shipping option (a pickup fulfillment set for France), so that its
 * reservations and orders can be checked out and collected in store.
 */
export const createSellerPickupWorkflow = createWorkflow(
  createSellerPickupWorkflowId,
  (input: { location_id: string; handle: string }) => {
    createRemoteLinkStep(
      transform(input, ({ location_id }): LinkDefinition[] => [
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: location_id },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_PROVIDER },
        },
      ])
    ).config({ name: "link-location-manual-fulfillment" })

    createLocationFulfillmentSetWorkflow.runAsStep({
      input: transform(input, ({ location_id, handle }) => ({
        location_id,
        fulfillment_set_data: { name: `retrait-${handle}`, type: "pickup" },
      })),
    })
    const { data: locations } = useQueryGraphStep({
      entity: "stock_location",
      fields: ["fulfillment_sets.id"],
      filters: { id: input.location_id },
    }).config({ name: "read-pickup-set" })

    const zones = createServiceZonesWorkflow.runAsStep({
      input: transform({ locations, input }, ({ locations: list, input }) => ({
        data: [
          {
            // Service zone names are unique across the platform.
            name: `France — ${input.handle}`,
            fulfillment_set_id: list[0].fulfillment_sets[0].id as string,
            geo_zones: [{ type: "country" as const, country_code: "fr" }],
          },
        ],
      })),
    })
    const profile = ensureDefaultShippingProfileStep()

    const options = createShippingOptionsWorkflow.runAsStep({
      input: transform({ zones, profile }, ({ zones, profile }) => [
        {
          name: "Retrait en boutique",
          service_zone_id: zones[0].id,
          shipping_profile_id: profile.id,
          provider_id: MANUAL_PROVIDER,
          price_type: "flat" as const,
          type: { label: "Retrait en boutique", description: "À retirer au comptoir", code: "pickup" },
          prices: [{ currency_code: "eur", amount: 0 }],
          rules: [],
        },
      ]),
    })
    return new WorkflowResponse(options)
  }
)
