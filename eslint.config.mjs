import js from "@eslint/js"
import tseslint from "typescript-eslint"
import { PLUGIN_BOUNDARIES } from "./scripts/plugin-boundaries.mjs"

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.medusa/**",
      "**/.next/**",
      "**/.data/**",
      "**/dist/**",
      "**/migrations/**",
      "storefront/next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        fetch: "readonly",
        setTimeout: "readonly",
        __dirname: "readonly",
        require: "readonly",
        module: "writable",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // A plugin reaches another only through what that plugin's package.json
    // exports on purpose (see scripts/plugin-boundaries.mjs); the exports map
    // refuses the rest at run time, this rule at lint time.
    files: ["plugins/*/src/**/*.{ts,tsx}", "seed/**/*.ts", "backend/src/**/*.ts", "storefront/src/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: PLUGIN_BOUNDARIES }] },
  },
  {
    // Tests read loosely typed HTTP responses.
    files: ["**/__tests__/**/*.ts", "backend/integration-tests/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  }
)
