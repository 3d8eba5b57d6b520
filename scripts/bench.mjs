#!/usr/bin/env node
// `npm run bench <name>`: each benchmark measures its baseline in the same run and prints ratios.
const BENCHMARKS = {
  checkout: "./bench/checkout.mjs",
  search: "./bench/search.mjs",
  stack: "./bench/stack.mjs",
  vitrine: "./bench/vitrine.mjs",
}

const name = process.argv[2]
if (!BENCHMARKS[name]) {
  console.error(`${name ? `Unknown benchmark: ${name}. ` : ""}Usage: npm run bench <${Object.keys(BENCHMARKS).join("|")}>`)
  process.exit(1)
}
await import(BENCHMARKS[name])
