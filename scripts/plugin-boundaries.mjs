/**
 * The import patterns that cross a plugin's boundary, for ESLint's
 * no-restricted-imports. What a plugin offers others is what its package.json
 * `exports` names: its workflows (with their hooks and steps), its modules'
 * services and types, and a few surfaces shared on purpose (the marketplace's
 * vendor owner check and validators, its search documents for bulk indexing), and
 * the kernel's luxon-only entries the storefront bundles (Paris time, opening hours).
 */
export const PLUGIN_BOUNDARIES = [
  {
    group: [
      "@enjoy/*/*",
      "!@enjoy/*/workflows",
      "!@enjoy/*/modules",
      "!@enjoy/*/modules/*",
      "!@enjoy/marketplace/vendor",
      "!@enjoy/marketplace/search-documents",
      "!@enjoy/kernel/paris-time",
      "!@enjoy/kernel/opening-hours",
      "!@enjoy/*/package.json",
    ],
    message: "Import another plugin only through what its package.json exports (workflows, modules/<name>, or a surface shared on purpose).",
  },
  {
    group: ["@enjoy/*/modules/*/**"],
    message: "A plugin's module is imported by its index (service and types), never by its files.",
  },
  {
    group: ["**/src/**", "**/.medusa/**"],
    message: "No relative path into another package's sources or build output: import its public surface.",
  },
]
