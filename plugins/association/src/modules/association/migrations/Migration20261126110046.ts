import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126110046 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "moderator_invite" drop constraint if exists "moderator_invite_token_hash_unique";`);
    this.addSql(`alter table if exists "association_moderator" drop constraint if exists "association_moderator_moderator_id_association_id_unique";`);
    this.addSql(`alter table if exists "moderator" drop constraint if exists "moderator_email_unique";`);
    this.addSql(`alter table if exists "association_membership" drop constraint if exists "association_membership_association_id_seller_id_unique";`);
    this.addSql(`alter table if exists "association" drop constraint if exists "association_slug_unique";`);
    this.addSql(`create table if not exists "association" ("id" text not null, "name" text not null, "slug" text not null, "logo_url" text null, "email" text not null, "phone" text null, "website" text null, "policy" text check ("policy" in ('pre', 'post')) not null default 'pre', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "association_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_association_slug_unique" ON "association" ("slug") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_association_deleted_at" ON "association" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "association_audit_entry" ("id" text not null, "action" text check ("action" in ('decision', 'on_behalf_edit')) not null, "actor_type" text not null, "actor_id" text not null, "association_id" text null, "commune_id" text null, "seller_id" text not null, "subject" text not null, "subject_id" text not null, "case_id" text null, "before" jsonb null, "after" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "association_audit_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_association_audit_entry_deleted_at" ON "association_audit_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_association_audit_entry_association_id_created_at" ON "association_audit_entry" ("association_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_association_audit_entry_seller_id" ON "association_audit_entry" ("seller_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "association_membership" ("id" text not null, "seller_id" text not null, "status" text check ("status" in ('invited', 'active', 'left', 'removed')) not null default 'invited', "joined_at" timestamptz null, "ended_at" timestamptz null, "association_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "association_membership_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_association_membership_association_id" ON "association_membership" ("association_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_association_membership_deleted_at" ON "association_membership" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_association_membership_association_id_seller_id_unique" ON "association_membership" ("association_id", "seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_association_membership_seller_id_status" ON "association_membership" ("seller_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "moderation_case" ("id" text not null, "subject" text check ("subject" in ('seller_opening', 'seller_profile', 'product', 'deal', 'event')) not null, "subject_id" text not null, "seller_id" text not null, "commune_id" text not null, "association_id" text null, "policy" text check ("policy" in ('pre', 'post')) not null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'changes_requested')) not null default 'pending', "proposed" jsonb not null, "previous" jsonb null, "submitted_by" text not null, "decided_by" text null, "decided_by_type" text null, "reason" text null, "decided_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "moderation_case_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_moderation_case_deleted_at" ON "moderation_case" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_moderation_case_association_id_status" ON "moderation_case" ("association_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_moderation_case_commune_id_status" ON "moderation_case" ("commune_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_moderation_case_subject_subject_id" ON "moderation_case" ("subject", "subject_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "moderator" ("id" text not null, "email" text not null, "first_name" text null, "last_name" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "moderator_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_moderator_email_unique" ON "moderator" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_moderator_deleted_at" ON "moderator" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "association_moderator" ("id" text not null, "role" text check ("role" in ('president', 'moderator')) not null, "moderator_id" text not null, "association_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "association_moderator_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_association_moderator_moderator_id" ON "association_moderator" ("moderator_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_association_moderator_association_id" ON "association_moderator" ("association_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_association_moderator_deleted_at" ON "association_moderator" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_association_moderator_moderator_id_association_id_unique" ON "association_moderator" ("moderator_id", "association_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "moderator_invite" ("id" text not null, "association_id" text not null, "email" text not null, "role" text check ("role" in ('president', 'moderator')) not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "invited_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "moderator_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_moderator_invite_token_hash_unique" ON "moderator_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_moderator_invite_deleted_at" ON "moderator_invite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_moderator_invite_association_id_email" ON "moderator_invite" ("association_id", "email") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "association_membership" add constraint "association_membership_association_id_foreign" foreign key ("association_id") references "association" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "association_moderator" add constraint "association_moderator_moderator_id_foreign" foreign key ("moderator_id") references "moderator" ("id") on update cascade;`);
    this.addSql(`alter table if exists "association_moderator" add constraint "association_moderator_association_id_foreign" foreign key ("association_id") references "association" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "association_membership" drop constraint if exists "association_membership_association_id_foreign";`);

    this.addSql(`alter table if exists "association_moderator" drop constraint if exists "association_moderator_association_id_foreign";`);

    this.addSql(`alter table if exists "association_moderator" drop constraint if exists "association_moderator_moderator_id_foreign";`);

    this.addSql(`drop table if exists "association" cascade;`);

    this.addSql(`drop table if exists "association_audit_entry" cascade;`);

    this.addSql(`drop table if exists "association_membership" cascade;`);

    this.addSql(`drop table if exists "moderation_case" cascade;`);

    this.addSql(`drop table if exists "moderator" cascade;`);

    this.addSql(`drop table if exists "association_moderator" cascade;`);

    this.addSql(`drop table if exists "moderator_invite" cascade;`);
  }

}
