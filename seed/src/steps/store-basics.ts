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
  updateTaxRegionsWorkflow,
} from "@medusajs/medusa/core-flows"

export const PLATFORM_SALES_CHANNEL = "Enjoy — plateforme"
export const STOREFRONT_KEY_TITLE = "Vitrine Enjoy"
const STOCK_LOCATION = "Enjoy — stock plateforme (Lille)"
const TAX_PROVIDER = "tp_system"

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
        // French shelf prices include VAT (TTC): the prices merchants type are what shoppers pay.
        supported_currencies: [{ currency_code: "eur", is_default: true, is_tax_inclusive: true }],
        default_sales_channel_id: channel.id,
      },
    },
  })

  const [france] = await regionModule.listRegions({ name: "France" })
  if (!france) {
    await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: "France",
            currency_code: "eur",
            countries: ["fr"],
            payment_providers: ["pp_system_default"],
            is_tax_inclusive: true,
          },
        ],
      },
    })
  }
  // Standard VAT by default (reduced rates per product type are for later); Medusa's system tax provider.
  const frTax = (await taxModule.listTaxRegions({ country_code: "fr" })).find((r) => !r.parent_id)
  if (!frTax) {
    await createTaxRegionsWorkflow(container).run({
      input: [
        {
          country_code: "fr",
          provider_id: TAX_PROVIDER,
          default_tax_rate: { rate: 20, code: "TVA", name: "TVA 20 %" },
        },
      ],
    })
  } else if (!frTax.provider_id) {
    await updateTaxRegionsWorkflow(container).run({ input: [{ id: frTax.id, provider_id: TAX_PROVIDER }] })
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
