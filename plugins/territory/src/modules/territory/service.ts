import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { Claim, ImportRef, KeyUsage, PartnerKey, StatDaily, StatEvent, StoredDocument, Tag } from "./models"

// Keyed like their tables (territory_…), so that Query's entity names find the service's methods.
export default class TerritoryModuleService extends MedusaService({
  TerritoryTag: Tag,
  TerritoryStatEvent: StatEvent,
  TerritoryStatDaily: StatDaily,
  TerritoryPartnerKey: PartnerKey,
  TerritoryKeyUsage: KeyUsage,
  TerritoryImportRef: ImportRef,
  TerritoryClaim: Claim,
  TerritoryStoredDocument: StoredDocument,
}) {
  /**
   * One more request for a partner key on a day: a single upsert, so that
   * concurrent requests never lose a count (a read then a write would).
   */
  @InjectTransactionManager()
  async countKeyUsage(keyId: string, day: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    await sharedContext.transactionManager!.execute(
      `insert into territory_key_usage (id, key_id, day, count) values (?, ?, ?, 1)
       on conflict (key_id, day) where deleted_at is null do update set count = territory_key_usage.count + 1, updated_at = now()`,
      [generateEntityId(undefined, "kuse"), keyId, day]
    )
  }

  /** Takes back one request counted by countKeyUsage (a workflow's compensation). */
  @InjectTransactionManager()
  async uncountKeyUsage(keyId: string, day: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    await sharedContext.transactionManager!.execute(
      `update territory_key_usage set count = count - 1, updated_at = now() where key_id = ? and day = ? and deleted_at is null`,
      [keyId, day]
    )
  }
}
