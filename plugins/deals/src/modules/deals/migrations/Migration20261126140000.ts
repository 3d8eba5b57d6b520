import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The words of the discovery indexes, for correcting typos on the PostgreSQL
 * provider: a trigram index finds the closest known word in milliseconds,
 * where fuzzy matching every document would scan the whole catalogue.
 * A derived cache, rebuilt from the indexes by the refresh-discovery-lexicon job.
 */
export class Migration20261126140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      DO $$
      BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
      EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'enjoy: could not enable pg_trgm (%).', SQLERRM;
      END
      $$;
    `)
    this.addSql(`create table if not exists "discovery_lexicon" ("word" text not null, constraint "discovery_lexicon_pkey" primary key ("word"));`)
    this.addSql(`create table if not exists "discovery_lexicon_build" ("id" int not null default 1, "built_at" timestamptz not null, "words" int not null, constraint "discovery_lexicon_build_pkey" primary key ("id"), constraint "discovery_lexicon_build_one_row" check ("id" = 1));`)
    this.addSql(`
      DO $$
      BEGIN
        CREATE INDEX IF NOT EXISTS "discovery_lexicon_trgm_idx" ON "discovery_lexicon" USING GIN ("word" gin_trgm_ops);
      EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'enjoy: no trigram index on the lexicon (%).', SQLERRM;
      END
      $$;
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "discovery_lexicon_build";`)
    this.addSql(`drop table if exists "discovery_lexicon";`)
  }
}
