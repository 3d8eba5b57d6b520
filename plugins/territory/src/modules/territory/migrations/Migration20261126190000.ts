import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Tags (short codes of NFC stickers and QR codes), raw statistics events and their daily aggregates. */
export class Migration20261126190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "territory_tag" ("id" text not null, "code" text not null, "target_type" text check ("target_type" in ('seller', 'deal')) not null, "target_id" text not null, "commune_id" text not null, "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "territory_tag_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_territory_tag_code_unique" ON "territory_tag" ("code") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_territory_tag_target_type_target_id_unique" ON "territory_tag" ("target_type", "target_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_territory_tag_deleted_at" ON "territory_tag" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "territory_stat_event" ("id" text not null, "kind" text check ("kind" in ('vitrine_view', 'search', 'tag_scan', 'deal_claim', 'deal_redemption', 'reservation', 'order')) not null, "commune_id" text null, "seller_id" text null, "detail" text null, "amount" real null, "occurred_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "territory_stat_event_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_territory_stat_event_occurred_at" ON "territory_stat_event" ("occurred_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_territory_stat_event_kind_commune_id" ON "territory_stat_event" ("kind", "commune_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_territory_stat_event_deleted_at" ON "territory_stat_event" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "territory_stat_daily" ("id" text not null, "day" text not null, "kind" text check ("kind" in ('vitrine_view', 'search', 'tag_scan', 'deal_claim', 'deal_redemption', 'reservation', 'order')) not null, "commune_id" text not null, "seller_id" text not null default '', "detail" text not null default '', "count" integer not null, "amount" real not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "territory_stat_daily_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_territory_stat_daily_day_kind_commune_id_seller_id_detail_unique" ON "territory_stat_daily" ("day", "kind", "commune_id", "seller_id", "detail") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_territory_stat_daily_commune_id_day" ON "territory_stat_daily" ("commune_id", "day") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_territory_stat_daily_deleted_at" ON "territory_stat_daily" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "territory_tag" cascade;`)
    this.addSql(`drop table if exists "territory_stat_event" cascade;`)
    this.addSql(`drop table if exists "territory_stat_daily" cascade;`)
  }
}
