import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126114632 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "agenda_event" ("id" text not null, "title" text not null, "description" text null, "image_url" text null, "category" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "recurrence" jsonb null, "last_ends_at" timestamptz not null, "commune_id" text not null, "seller_id" text null, "address" text null, "latitude" real null, "longitude" real null, "is_free" boolean not null default true, "price" real null, "booking_url" text null, "accessibility_notes" text null, "status" text check ("status" in ('draft', 'pending', 'published', 'expired')) not null default 'draft', "created_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "agenda_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_agenda_event_deleted_at" ON "agenda_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_agenda_event_commune_id_status_last_ends_at" ON "agenda_event" ("commune_id", "status", "last_ends_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_agenda_event_seller_id" ON "agenda_event" ("seller_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "agenda_event" cascade;`);
  }

}
