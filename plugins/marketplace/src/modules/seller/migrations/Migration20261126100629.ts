import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126100629 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "pickup_reservation" drop constraint if exists "pickup_reservation_order_id_unique";`);
    this.addSql(`alter table if exists "order_group" drop constraint if exists "order_group_cart_id_unique";`);
    this.addSql(`create table if not exists "order_group" ("id" text not null, "cart_id" text not null, "email" text not null, "customer_id" text null, "payment_collection_id" text null, "online_total" numeric not null default 0, "raw_online_total" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_group_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_group_cart_id_unique" ON "order_group" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_group_deleted_at" ON "order_group" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "pickup_reservation" ("id" text not null, "order_id" text not null, "seller_id" text not null, "group_id" text not null, "email" text not null, "status" text check ("status" in ('requested', 'confirmed', 'ready', 'collected', 'declined', 'expired', 'cancelled')) not null default 'requested', "pickup_deadline" timestamptz not null, "decline_reason" text null, "confirmed_at" timestamptz null, "ready_at" timestamptz null, "collected_at" timestamptz null, "ended_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pickup_reservation_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pickup_reservation_order_id_unique" ON "pickup_reservation" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_reservation_deleted_at" ON "pickup_reservation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_reservation_seller_id_status" ON "pickup_reservation" ("seller_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_reservation_status_pickup_deadline" ON "pickup_reservation" ("status", "pickup_deadline") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "order_group" cascade;`);

    this.addSql(`drop table if exists "pickup_reservation" cascade;`);
  }

}
