import { defineConfig } from "vitest/config"

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
          exclude: ["**/node_modules/**", "**/.medusa/**", "**/.next/**"],
          // Pure functions: the files share their workers' module cache instead of importing
          // luxon, zod and sharp again for each of the hundred files (38 s → a few).
          isolate: false,
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
          // Each file boots its own backend on its own copy of the template database and its own ports.
          fileParallelism: true,
          maxWorkers: Number(process.env.INTEGRATION_WORKERS ?? 3),
          globalSetup: ["./backend/integration-tests/setup/global-setup.ts"],
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
