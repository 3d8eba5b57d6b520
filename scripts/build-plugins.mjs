#!/usr/bin/env node
// Builds the workspace plugins whose sources changed: Medusa only loads built plugins.
import { buildPlugins } from "./lib/build.mjs"

await buildPlugins()
