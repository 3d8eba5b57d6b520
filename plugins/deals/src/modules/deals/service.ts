import { MedusaService } from "@medusajs/framework/utils"
import { AgendaEvent, Deal, DealClaim, RedemptionAttempt } from "./models"

export default class DealsModuleService extends MedusaService({
  Deal,
  DealClaim,
  DealRedemptionAttempt: RedemptionAttempt,
  AgendaEvent,
}) {}
