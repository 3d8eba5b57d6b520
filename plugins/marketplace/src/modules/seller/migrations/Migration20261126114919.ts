import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126114919 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller" add column if not exists "visit_info" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "seller" drop column if exists "visit_info";`);
  }

}
