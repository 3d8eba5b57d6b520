import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const ensureDefaultShippingProfileStepId = "ensure-default-shipping-profile"

/**
 * The shipping profile shared by establishments' products and pickup options:
 * the store's default one, created on first use (and removed on rollback).
 */
export const ensureDefaultShippingProfileStep = createStep(
  ensureDefaultShippingProfileStepId,
  async (_: void, { container }) => {
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const [existing] = await fulfillment.listShippingProfiles({ type: "default" })
    if (existing) {
      return new StepResponse({ id: existing.id }, null as string | null)
    }
    const created = await fulfillment.createShippingProfiles({ name: "Profil par défaut", type: "default" })
    return new StepResponse({ id: created.id }, created.id as string | null)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve(Modules.FULFILLMENT).deleteShippingProfiles(createdId)
  }
)
