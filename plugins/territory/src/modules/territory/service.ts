import { MedusaService } from "@medusajs/framework/utils"
import { Claim, ImportRef, KeyUsage, PartnerKey, StatDaily, StatEvent, Tag } from "./models"

// Keyed like their tables (territory_…), so that Query's entity names find the service's methods.
export default class TerritoryModuleService extends MedusaService({
  TerritoryTag: Tag,
  TerritoryStatEvent: StatEvent,
  TerritoryStatDaily: StatDaily,
  TerritoryPartnerKey: PartnerKey,
  TerritoryKeyUsage: KeyUsage,
  TerritoryImportRef: ImportRef,
  TerritoryClaim: Claim,
}) {}
