import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Importers' references to the establishments they brought in. */
export class Migration20261126210000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "territory_import_ref" ("id" text not null, "commune_id" text not null, "reference" text not null, "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "territory_import_ref_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_territory_import_ref_commune_id_reference_unique" ON "territory_import_ref" ("commune_id", "reference") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_territory_import_ref_deleted_at" ON "territory_import_ref" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "territory_import_ref" cascade;`)
  }
}
