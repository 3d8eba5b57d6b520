import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126113832 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "deal_claim" drop constraint if exists "deal_claim_code_unique";`);
    this.addSql(`create table if not exists "deal" ("id" text not null, "seller_id" text not null, "title" text not null, "description" text null, "image_url" text null, "kind" text check ("kind" in ('percent', 'amount', 'gift', 'bundle', 'info')) not null, "value" real null, "conditions" text null, "starts_on" text not null, "ends_on" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "quota" integer null, "per_shopper_limit" integer not null default 1, "status" text check ("status" in ('draft', 'pending', 'published', 'paused', 'expired')) not null default 'draft', "promotion_code" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "deal_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_deleted_at" ON "deal" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_seller_id_status" ON "deal" ("seller_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_status_ends_at" ON "deal" ("status", "ends_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "deal_claim" ("id" text not null, "code" text not null, "email" text not null, "customer_id" text null, "status" text check ("status" in ('claimed', 'redeemed', 'expired')) not null default 'claimed', "redeemed_at" timestamptz null, "redeemed_by" text null, "deal_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "deal_claim_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_deal_claim_code_unique" ON "deal_claim" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_claim_deal_id" ON "deal_claim" ("deal_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_claim_deleted_at" ON "deal_claim" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_claim_deal_id_email" ON "deal_claim" ("deal_id", "email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_claim_customer_id" ON "deal_claim" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "deal_redemption_attempt" ("id" text not null, "code" text not null, "merchant_id" text not null, "claim_id" text null, "outcome" text check ("outcome" in ('redeemed', 'refused')) not null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "deal_redemption_attempt_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_redemption_attempt_deleted_at" ON "deal_redemption_attempt" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_redemption_attempt_merchant_id_created_at" ON "deal_redemption_attempt" ("merchant_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_deal_redemption_attempt_code" ON "deal_redemption_attempt" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "deal_claim" add constraint "deal_claim_deal_id_foreign" foreign key ("deal_id") references "deal" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "deal_claim" drop constraint if exists "deal_claim_deal_id_foreign";`);

    this.addSql(`drop table if exists "deal" cascade;`);

    this.addSql(`drop table if exists "deal_claim" cascade;`);

    this.addSql(`drop table if exists "deal_redemption_attempt" cascade;`);
  }

}
