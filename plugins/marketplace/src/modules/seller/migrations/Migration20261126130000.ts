import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The French text-search configuration the PostgreSQL search provider uses
 * with `language: "french"`: French stemming (plurals, common forms) over
 * accent-folded words. Like the provider's own migration, it soft-fails where
 * the role may not create extensions, so migrations still apply.
 */
export class Migration20261126130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      DO $$
      BEGIN
        BEGIN
          CREATE EXTENSION IF NOT EXISTS unaccent;
          CREATE EXTENSION IF NOT EXISTS pg_trgm;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'enjoy: could not enable unaccent / pg_trgm (%).', SQLERRM;
        END;
        IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent')
           AND NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'medusa_search_french') THEN
          CREATE TEXT SEARCH CONFIGURATION medusa_search_french (COPY = french);
          ALTER TEXT SEARCH CONFIGURATION medusa_search_french
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
        END IF;
      END
      $$;
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TEXT SEARCH CONFIGURATION IF EXISTS medusa_search_french;`)
  }
}
