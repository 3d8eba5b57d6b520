#!/usr/bin/env node
// `npm run bench <name>`: each benchmark measures its baseline in the same run and prints ratios.
// None exists yet; the search and scale issues add the first ones here.
const name = process.argv[2]
console.error(name ? `Unknown benchmark: ${name}` : "No benchmark yet. Usage: npm run bench <name>")
process.exit(name ? 1 : 0)
