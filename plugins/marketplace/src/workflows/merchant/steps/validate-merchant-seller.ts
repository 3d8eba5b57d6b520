import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

export const validateMerchantSellerStepId = "validate-merchant-seller"

/**
 * A merchant acts only on the establishments it runs. Any other one answers
 * 404, as if it did not exist, so that merchants cannot probe each other.
 */
export const validateMerchantSellerStep = createStep(
  validateMerchantSellerStepId,
  async (input: { merchant_id: string; seller_id: string }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const [member] = await service.listSellerMembers({
      merchant_id: input.merchant_id,
      seller_id: input.seller_id,
    })
    if (!member) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Establishment with id: ${input.seller_id} was not found`)
    }
    return new StepResponse(member)
  }
)
