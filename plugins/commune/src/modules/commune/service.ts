import { MedusaService } from "@medusajs/framework/utils"
import { DEFAULT_COST_TIERS, type CostTier } from "../../lib/cost-split"
import { AgentInvite, Commune, CommuneAgent } from "./models"

export type CommuneModuleOptions = {
  /** Population tiers of the cost split; the platform's convention by default. */
  costTiers?: CostTier[]
}

export default class CommuneModuleService extends MedusaService({
  Commune,
  CommuneAgent,
  AgentInvite,
}) {
  protected readonly costTiers_: CostTier[]

  constructor(container: Record<string, unknown>, options: CommuneModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.costTiers_ = options.costTiers ?? DEFAULT_COST_TIERS
  }

  getCostTiers(): CostTier[] {
    return this.costTiers_
  }
}
