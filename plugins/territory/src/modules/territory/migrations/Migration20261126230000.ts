import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Requests to take over an unclaimed establishment, and the agents' decisions. */
export class Migration20261126230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "territory_claim" ("id" text not null, "seller_id" text not null, "commune_id" text not null, "email" text not null, "name" text not null, "phone" text null, "message" text null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "reason" text null, "decided_by" text null, "decided_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "territory_claim_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_territory_claim_commune_id_status" ON "territory_claim" ("commune_id", "status") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_territory_claim_seller_id_email" ON "territory_claim" ("seller_id", "email") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_territory_claim_deleted_at" ON "territory_claim" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "territory_claim" cascade;`)
  }
}
