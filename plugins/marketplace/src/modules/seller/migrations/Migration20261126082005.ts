import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126082005 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller" drop constraint if exists "seller_handle_unique";`);
    this.addSql(`create table if not exists "seller" ("id" text not null, "name" text not null, "handle" text not null, "kind" text check ("kind" in ('shop', 'restaurant', 'craft', 'market', 'service', 'cultural_site', 'heritage_site')) not null, "categories" text[] not null, "description" text null, "photos" text[] not null, "address_1" text not null, "address_2" text null, "postal_code" text not null, "city" text not null, "latitude" real not null, "longitude" real not null, "phone" text null, "email" text null, "website" text null, "social_links" jsonb null, "siret" text null, "accessibility" jsonb null, "opening_hours" jsonb null, "commerce_mode" text check ("commerce_mode" in ('showcase', 'reservation', 'online')) not null default 'showcase', "status" text check ("status" in ('draft', 'pending', 'open', 'suspended', 'closed')) not null default 'draft', "pickup_deadline_hours" integer not null default 48, "delivery" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_handle_unique" ON "seller" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_deleted_at" ON "seller" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_status_kind" ON "seller" ("status", "kind") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seller" cascade;`);
  }

}
