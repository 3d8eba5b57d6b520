import { COMMUNE_MODULE } from "@enjoy/commune/modules/commune"
import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, createStockLocationsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { SELLER_MODULE } from "../../../modules/seller"
import { createSellersStep, validateNewSellersStep } from "../steps"
import type { CreateSellerInput } from "../types"
import { createSellerPickupWorkflow } from "./create-seller-pickup"

export const createSellerBatchWorkflowId = "create-seller-batch"

/**
 * Creates establishments (drafts unless told otherwise), each tied to its
 * commune and given a stock location of its own, sold through the platform's
 * sales channel (the store's default one), with in-store pickup. One or a
 * whole directory at once, all or nothing: each step is undone by Medusa if a
 * later one fails.
 */
export const createSellerBatchWorkflow = createWorkflow(
  createSellerBatchWorkflowId,
  (input: { sellers: CreateSellerInput[] }) => {
    validateNewSellersStep(input)
    const sellers = createSellersStep(
      transform(input, ({ sellers }) => ({
        sellers: sellers.map(({ commune_id: _commune, ...profile }) => ({ categories: [], photos: [], ...profile })),
      }))
    )
    // The seller and stock location modules return what they create in the order given (they do not list it
    // again, as the order module does): the i-th location is the i-th establishment's.
    const locations = createStockLocationsWorkflow.runAsStep({
      input: transform(sellers, (created) => ({
        locations: created.map((s) => ({
          name: s.name,
          address: { address_1: s.address_1, postal_code: s.postal_code, city: s.city, country_code: "fr" },
        })),
      })),
    })

    createRemoteLinkStep(
      transform({ sellers, input, locations }, ({ sellers, input, locations }): LinkDefinition[] => {
        // Handles are unique: each establishment finds its commune by its own, whatever the order.
        const communeOf = new Map(input.sellers.map((s) => [s.handle, s.commune_id]))
        return sellers.flatMap((seller, i): LinkDefinition[] => [
          { [SELLER_MODULE]: { seller_id: seller.id }, [COMMUNE_MODULE]: { commune_id: communeOf.get(seller.handle)! } },
          { [SELLER_MODULE]: { seller_id: seller.id }, [Modules.STOCK_LOCATION]: { stock_location_id: locations[i].id } },
        ])
      })
    ).config({ name: "link-sellers-communes-and-locations" })

    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["id", "default_sales_channel_id"],
    }).config({ name: "read-platform-sales-channel" })
    const channelId = transform(stores, (list) => list[0]?.default_sales_channel_id as string | undefined)
    when({ channelId }, ({ channelId }) => !!channelId).then(() => {
      createRemoteLinkStep(
        transform({ locations, channelId }, ({ locations, channelId }): LinkDefinition[] =>
          locations.map((location) => ({
            [Modules.SALES_CHANNEL]: { sales_channel_id: channelId as string },
            [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
          }))
        )
      ).config({ name: "link-locations-to-platform-channel" })
    })
    createSellerPickupWorkflow.runAsStep({
      input: transform({ sellers, locations }, ({ sellers, locations }) => ({
        pickups: sellers.map((seller, i) => ({ location_id: locations[i].id, handle: seller.handle })),
      })),
    })
    return new WorkflowResponse(sellers)
  }
)
