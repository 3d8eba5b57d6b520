import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Generated documents (kits, reports) kept in the file store, one current copy per key. */
export class Migration20261207190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "territory_stored_document" ("id" text not null, "key" text not null, "fingerprint" text not null, "file_id" text not null, "url" text not null, "mime_type" text not null, "size" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "territory_stored_document_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_territory_stored_document_key_unique" ON "territory_stored_document" ("key") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_territory_stored_document_deleted_at" ON "territory_stored_document" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "territory_stored_document" cascade;`)
  }
}
