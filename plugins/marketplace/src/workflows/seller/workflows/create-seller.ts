import { COMMUNE_MODULE } from "@enjoy/commune/modules/commune"
import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { SELLER_MODULE } from "../../../modules/seller"
import { createSellersStep, validateSellerDataStep } from "../steps"
import { createSellerPickupWorkflow } from "./create-seller-pickup"
import type { CreateSellerInput } from "../types"

export const createSellerWorkflowId = "create-seller"

/**
 * Creates an establishment (a draft unless told otherwise), ties it to its
 * commune and gives it a stock location of its own, sold through the
 * platform's sales channel (the store's default one), with in-store pickup.
 */
export const createSellerWorkflow = createWorkflow(
  createSellerWorkflowId,
  (input: CreateSellerInput) => {
    const validation = transform(input, ({ commune_id, ...profile }) => ({ commune_id, profile }))
    validateSellerDataStep(validation)
    const sellers = createSellersStep(
      transform(validation, ({ profile }) => ({
        sellers: [{ categories: [], photos: [], ...profile }],
      }))
    )
    const seller = transform(sellers, (created) => created[0])

    const locations = createStockLocationsWorkflow.runAsStep({
      input: transform(seller, (s) => ({
        locations: [
          {
            name: s.name,
            address: { address_1: s.address_1, postal_code: s.postal_code, city: s.city, country_code: "fr" },
          },
        ],
      })),
    })
    const locationId = transform(locations, (created) => created[0].id)

    createRemoteLinkStep(
      transform({ seller, input, locationId }, ({ seller, input, locationId }): LinkDefinition[] => [
        { [SELLER_MODULE]: { seller_id: seller.id }, [COMMUNE_MODULE]: { commune_id: input.commune_id } },
        { [SELLER_MODULE]: { seller_id: seller.id }, [Modules.STOCK_LOCATION]: { stock_location_id: locationId } },
      ])
    ).config({ name: "link-seller-commune-and-location" })

    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["id", "default_sales_channel_id"],
    }).config({ name: "read-platform-sales-channel" })
    const channelId = transform(stores, (list) => list[0]?.default_sales_channel_id as string | undefined)
    when({ channelId }, ({ channelId }) => !!channelId).then(() => {
      linkSalesChannelsToStockLocationWorkflow.runAsStep({
        input: transform({ locationId, channelId }, ({ locationId, channelId }) => ({
          id: locationId,
          add: [channelId as string],
        })),
      })
    })
    createSellerPickupWorkflow.runAsStep({
      input: transform({ seller, locationId }, ({ seller, locationId }) => ({
        location_id: locationId,
        handle: seller.handle,
      })),
    })
    return new WorkflowResponse(seller)
  }
)
