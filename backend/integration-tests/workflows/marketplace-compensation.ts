import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import {
  createAssistedProductsWorkflow,
  createMerchantInviteStep,
  createSellersStep,
  createSellerMemberStep,
  ensureMerchantStep,
  markMerchantInviteAcceptedStep,
  updateSellersStep,
} from "@enjoy/marketplace/workflows"
import type { SellerModuleService } from "@enjoy/marketplace/modules/seller"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { describe, expect, it } from "vitest"
import { failAfterWriteStep } from "../helpers/fail-step"

/** Each workflow runs marketplace steps, then fails: their compensations must undo them. */

const profile = {
  name: "Épicerie",
  handle: "epicerie-rollback",
  kind: "shop" as const,
  categories: [],
  photos: [],
  address_1: "1 place du Général-de-Gaulle",
  postal_code: "59000",
  city: "Lille",
  latitude: 50.6366,
  longitude: 3.0635,
}

const createThenFail = createWorkflow("test-create-sellers-then-fail", () => {
  createSellersStep({ sellers: [profile] })
  failAfterWriteStep()
  return new WorkflowResponse(undefined)
})

const updateThenFail = createWorkflow("test-update-sellers-then-fail", (input: { id: string }) => {
  updateSellersStep(transform(input, ({ id }) => ({ updates: [{ id, description: "Changé", status: "open" as const }] })))
  failAfterWriteStep()
  return new WorkflowResponse(undefined)
})

const joinThenFail = createWorkflow("test-join-seller-then-fail", (input: { seller_id: string }) => {
  const invite = createMerchantInviteStep(
    transform(input, ({ seller_id }) => ({ seller_id, email: "rollback@commerce.test", role: "owner" as const }))
  )
  const merchant = ensureMerchantStep({ email: "rollback@commerce.test" })
  createSellerMemberStep(
    transform({ input, merchant }, ({ input, merchant }) => ({
      merchant_id: merchant.id,
      seller_id: input.seller_id,
      role: "owner" as const,
    }))
  )
  markMerchantInviteAcceptedStep(invite)
  failAfterWriteStep()
  return new WorkflowResponse(undefined)
})

export function marketplaceCompensationTests({ getContainer }: MedusaSuiteOptions) {
  const service = () => getContainer().resolve<SellerModuleService>("seller")

  describe("marketplace steps roll back on a later failure", () => {
    it("create: the establishment is removed", async () => {
      const { errors } = await createThenFail(getContainer()).run({ throwOnError: false })
      expect(errors[0].error.message).toContain("Failure injected")
      expect(await service().listSellers({ handle: profile.handle }, { withDeleted: true })).toEqual([])
    })

    it("update: the profile and status get their old values back", async () => {
      const seller = await service().createSellers(profile)
      await updateThenFail(getContainer()).run({ input: { id: seller.id }, throwOnError: false })
      const after = await service().retrieveSeller(seller.id)
      expect(after.description).toBeNull()
      expect(after.status).toBe("draft")
    })

    it("invite and join: no invite, no merchant, no membership is left", async () => {
      const seller = await service().createSellers(profile)
      await joinThenFail(getContainer()).run({ input: { seller_id: seller.id }, throwOnError: false })
      expect(await service().listMerchants({ email: "rollback@commerce.test" })).toEqual([])
      expect(await service().listSellerMembers({ seller_id: seller.id })).toEqual([])
      expect(await service().listMerchantInvites({ seller_id: seller.id })).toEqual([])
    })

    it("assisted products (a commune's import): a failure after Medusa created them leaves no product behind", async () => {
      // An establishment without a stock location makes the batch fail once the products exist.
      const seller = await service().createSellers({ ...profile, handle: "sans-stock" })
      const tart = { title: "Tarte du rollback", price: 3.5, quantity: 4 }
      const { errors } = await createAssistedProductsWorkflow(getContainer()).run({
        input: { assisted_by: "agent_test", products: [{ seller_id: seller.id, product: tart }, { seller_id: seller.id, product: tart }] },
        throwOnError: false,
      })
      expect(errors[0].error.message).toContain("has no stock location")
      const products = getContainer().resolve(Modules.PRODUCT)
      expect(await products.listProducts({ title: tart.title })).toEqual([])
    })
  })
}
