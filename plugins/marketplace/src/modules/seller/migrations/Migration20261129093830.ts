import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129093830 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller" add column if not exists "photo_meta" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "seller" drop column if exists "photo_meta";`);
  }

}
