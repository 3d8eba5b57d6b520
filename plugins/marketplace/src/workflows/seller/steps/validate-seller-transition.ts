import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { canTransitionSeller, type SellerStatus } from "../../../lib/seller-status"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

export const validateSellerTransitionStepId = "validate-seller-transition"

export const validateSellerTransitionStep = createStep(
  validateSellerTransitionStepId,
  async (input: { id: string; to: SellerStatus }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const seller = await service.retrieveSeller(input.id)
    if (!canTransitionSeller(seller.status, input.to)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `An establishment in status ${seller.status} cannot become ${input.to}`
      )
    }
    return new StepResponse(seller)
  }
)
