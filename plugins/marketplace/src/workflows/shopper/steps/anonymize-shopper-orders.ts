import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type ErasableAddress, ERASED_ADDRESS_FIELDS, ERASED_EMAIL, erasedAddress } from "@enjoy/kernel"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

type Previous = {
  groups: { id: string; email: string; customer_id: string | null }[]
  orders: { id: string; email: string | null }[]
  addresses: ErasableAddress[]
}

const ADDRESS_FIELDS = ["id", ...ERASED_ADDRESS_FIELDS]

/**
 * Takes a shopper's identity off their checkouts and orders (RGPD erasure)
 * while the merchants keep the sales. Everything changed is remembered and
 * put back if the erasure fails further on.
 */
export const anonymizeShopperOrdersStep = createStep(
  "anonymize-shopper-orders",
  async (input: { customer_id: string }, { container }) => {
    const service = container.resolve<SellerModuleService>(SELLER_MODULE)
    const orderModule = container.resolve(Modules.ORDER)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)

    const groups = await service.listOrderGroups({ customer_id: input.customer_id }, { select: ["id", "email", "customer_id"] })
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "email", ...ADDRESS_FIELDS.map((f) => `shipping_address.${f}`), ...ADDRESS_FIELDS.map((f) => `billing_address.${f}`)],
      filters: { customer_id: input.customer_id },
    })
    const addresses = orders
      .flatMap((o) => [o.shipping_address, o.billing_address])
      .filter((a): a is NonNullable<typeof a> => !!a) as ErasableAddress[]
    const previous: Previous = {
      groups: groups.map((g) => ({ id: g.id, email: g.email, customer_id: g.customer_id })),
      orders: orders.map((o) => ({ id: o.id, email: o.email ?? null })),
      addresses: addresses.map((a) => ({ ...a })),
    }

    if (groups.length) {
      await service.updateOrderGroups(groups.map((g) => ({ id: g.id, email: ERASED_EMAIL, customer_id: null })))
    }
    if (orders.length) {
      await orderModule.updateOrders(orders.map((o) => ({ id: o.id, email: ERASED_EMAIL })))
    }
    const wiped = addresses.map(erasedAddress).filter((a): a is ErasableAddress => !!a)
    if (wiped.length) {
      await orderModule.updateOrderAddresses(wiped)
    }
    return new StepResponse({ groups: groups.length, orders: orders.length }, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const orderModule = container.resolve(Modules.ORDER)
    if (previous.groups.length) {
      await container.resolve<SellerModuleService>(SELLER_MODULE).updateOrderGroups(previous.groups)
    }
    if (previous.orders.length) {
      await orderModule.updateOrders(previous.orders.map((o) => ({ id: o.id, email: o.email ?? undefined })))
    }
    if (previous.addresses.length) {
      await orderModule.updateOrderAddresses(previous.addresses)
    }
  }
)
