import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126073738 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "commune_agent_invite" drop constraint if exists "commune_agent_invite_token_hash_unique";`);
    this.addSql(`alter table if exists "commune_agent" drop constraint if exists "commune_agent_email_unique";`);
    this.addSql(`alter table if exists "commune" drop constraint if exists "commune_insee_code_unique";`);
    this.addSql(`alter table if exists "commune" drop constraint if exists "commune_slug_unique";`);
    this.addSql(`create table if not exists "commune" ("id" text not null, "name" text not null, "slug" text not null, "insee_code" text not null, "postal_codes" text[] not null, "population" integer not null, "population_year" integer not null, "logo_url" text null, "primary_color" text not null default '#1f4e79', "secondary_color" text not null default '#f2c14e', "latitude" real not null, "longitude" real not null, "convention_start" timestamptz not null, "convention_end" timestamptz null, "status" text check ("status" in ('active', 'suspended', 'ended')) not null default 'active', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commune_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commune_slug_unique" ON "commune" ("slug") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commune_insee_code_unique" ON "commune" ("insee_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commune_deleted_at" ON "commune" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "commune_agent" ("id" text not null, "email" text not null, "first_name" text null, "last_name" text null, "job_title" text null, "commune_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commune_agent_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commune_agent_email_unique" ON "commune_agent" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commune_agent_commune_id" ON "commune_agent" ("commune_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commune_agent_deleted_at" ON "commune_agent" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "commune_agent_invite" ("id" text not null, "email" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "commune_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commune_agent_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commune_agent_invite_token_hash_unique" ON "commune_agent_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commune_agent_invite_commune_id" ON "commune_agent_invite" ("commune_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commune_agent_invite_deleted_at" ON "commune_agent_invite" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "commune_agent" add constraint "commune_agent_commune_id_foreign" foreign key ("commune_id") references "commune" ("id") on update cascade;`);

    this.addSql(`alter table if exists "commune_agent_invite" add constraint "commune_agent_invite_commune_id_foreign" foreign key ("commune_id") references "commune" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "commune_agent" drop constraint if exists "commune_agent_commune_id_foreign";`);

    this.addSql(`alter table if exists "commune_agent_invite" drop constraint if exists "commune_agent_invite_commune_id_foreign";`);

    this.addSql(`drop table if exists "commune" cascade;`);

    this.addSql(`drop table if exists "commune_agent" cascade;`);

    this.addSql(`drop table if exists "commune_agent_invite" cascade;`);
  }

}
