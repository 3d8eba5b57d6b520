#!/usr/bin/env node
// Builds the workspace plugins whose sources changed (Medusa only loads built plugins), or the ones named:
// `node scripts/build-plugins.mjs deals territory` (a plugin's own `npm run build`).
import { buildPlugins } from "./lib/build.mjs"

await buildPlugins(process.argv.slice(2))
