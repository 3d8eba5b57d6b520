import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** When a tag's printable kit was first downloaded. */
export class Migration20261126220000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "territory_tag" add column if not exists "kit_downloaded_at" timestamptz null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "territory_tag" drop column if exists "kit_downloaded_at";`)
  }
}
