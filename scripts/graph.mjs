#!/usr/bin/env node
// Prints the dependency graph of the plugins and the kernel, from their package.json
// dependencies and their imports, and checks it against the README's (exit 1 on any difference).
import { readFileSync } from "node:fs"
import path from "node:path"
import { graphLines, graphProblems, readGraph, readmeGraphLines } from "./lib/plugin-graph.mjs"
import { ROOT } from "./lib/output.mjs"

const graph = readGraph(ROOT)
const lines = graphLines(graph)
console.log(lines.join("\n"))

const problems = graphProblems(graph)
const documented = readmeGraphLines(readFileSync(path.join(ROOT, "README.md"), "utf8"))
if (!documented) {
  problems.push("README.md has no <!-- plugin-graph --> block")
} else {
  for (const line of lines) if (!documented.includes(line)) problems.push(`missing from the README: ${line}`)
  for (const line of documented) if (!lines.includes(line)) problems.push(`in the README but not in the code: ${line}`)
}
if (problems.length) {
  console.error(`\n${problems.join("\n")}`)
  process.exit(1)
}
console.log("\nLe graphe correspond à celui du README.")
