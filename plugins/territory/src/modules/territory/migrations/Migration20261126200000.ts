import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Partner keys to the territory API (hash only) and their daily usage. */
export class Migration20261126200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "territory_partner_key" ("id" text not null, "name" text not null, "prefix" text not null, "key_hash" text not null, "commune_ids" text[] not null default '{}', "rate_limit" integer not null default 60, "created_by" text not null, "created_by_type" text check ("created_by_type" in ('operator', 'agent')) not null, "revoked_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "territory_partner_key_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_territory_partner_key_key_hash_unique" ON "territory_partner_key" ("key_hash") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_territory_partner_key_created_by" ON "territory_partner_key" ("created_by") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_territory_partner_key_deleted_at" ON "territory_partner_key" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "territory_key_usage" ("id" text not null, "key_id" text not null, "day" text not null, "count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "territory_key_usage_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_territory_key_usage_key_id_day_unique" ON "territory_key_usage" ("key_id", "day") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_territory_key_usage_deleted_at" ON "territory_key_usage" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "territory_partner_key" cascade;`)
    this.addSql(`drop table if exists "territory_key_usage" cascade;`)
  }
}
