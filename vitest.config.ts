import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

const root = fileURLToPath(new URL(".", import.meta.url))

/**
 * Three projects: unit (pure functions, no I/O), integration (real PostgreSQL,
 * Medusa booted in-process), e2e (built storefront and backend, real Chromium).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["{packages/*,plugins/*,backend,seed,storefront,scripts}/**/*.unit.spec.ts"],
          // Pure functions one plugin borrows from another are tested from source: no build needed.
          alias: [{ find: /^@enjoy\/([a-z-]+)\/lib\/(.*)$/, replacement: `${root}plugins/$1/src/lib/$2` }],
          exclude: ["**/node_modules/**", "**/.medusa/**", "**/.next/**"],
        },
      },
      {
        test: {
          name: "integration",
          include: [
            "plugins/*/src/**/__tests__/**/*.spec.ts",
            "backend/integration-tests/**/*.spec.ts",
          ],
          exclude: ["**/node_modules/**", "**/.medusa/**"],
          globals: true,
          pool: "forks",
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
          setupFiles: ["./vitest.integration-setup.ts"],
        },
      },
      {
        test: {
          name: "e2e",
          include: ["storefront/e2e/**/*.e2e.spec.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
          globalSetup: ["./storefront/e2e/global-setup.ts"],
        },
      },
    ],
  },
})
