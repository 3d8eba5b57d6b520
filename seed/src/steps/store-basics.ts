import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

export const PLATFORM_SALES_CHANNEL = "Enjoy — plateforme"
export const STOREFRONT_KEY_TITLE = "Vitrine Enjoy"
const STOCK_LOCATION = "Enjoy — stock plateforme (Lille)"

/** Region France (EUR), the platform sales channel, its publishable key and a stock location. */
export async function seedStoreBasics(container: MedusaContainer) {
  const storeModule = container.resolve(Modules.STORE)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const regionModule = container.resolve(Modules.REGION)
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const taxModule = container.resolve(Modules.TAX)

  let [channel] = await salesChannelModule.listSalesChannels({ name: PLATFORM_SALES_CHANNEL })
  if (!channel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: {
        salesChannelsData: [
          { name: PLATFORM_SALES_CHANNEL, description: "Toutes les vitrines du territoire" },
        ],
      },
    })
    channel = result[0]
  }

  const [store] = await storeModule.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Enjoy",
        supported_currencies: [{ currency_code: "eur", is_default: true }],
        default_sales_channel_id: channel.id,
      },
    },
  })

  const [france] = await regionModule.listRegions({ name: "France" })
  if (!france) {
    await createRegionsWorkflow(container).run({
      input: {
        regions: [
          { name: "France", currency_code: "eur", countries: ["fr"], payment_providers: ["pp_system_default"] },
        ],
      },
    })
  }
  const [frTax] = await taxModule.listTaxRegions({ country_code: "fr" })
  if (!frTax) {
    await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "fr" }] })
  }

  let [key] = await apiKeyModule.listApiKeys({ title: STOREFRONT_KEY_TITLE, type: "publishable" })
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "seed" }] },
    })
    key = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key.id, add: [channel.id] },
    })
  }

  const [location] = await stockLocationModule.listStockLocations({ name: STOCK_LOCATION })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: STOCK_LOCATION,
            address: { address_1: "Place du Théâtre", city: "Lille", postal_code: "59000", country_code: "fr" },
          },
        ],
      },
    })
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: result[0].id, add: [channel.id] },
    })
  }

  return { salesChannelId: channel.id, publishableKey: key.token }
}
