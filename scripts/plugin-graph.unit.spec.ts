import { readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { graphLines, graphProblems, importedPackages, readGraph, readmeGraphLines } from "./lib/plugin-graph.mjs"

const root = path.resolve(__dirname, "..")

describe("plugin graph", () => {
  it("reads the @enjoy packages a source imports, subpaths and dynamic imports included", () => {
    const source = `import { a } from "@enjoy/marketplace/workflows"\nconst b = await import("@enjoy/kernel")\nimport c from "lodash"`
    expect([...importedPackages(source)]).toEqual(["@enjoy/marketplace", "@enjoy/kernel"])
  })

  it("names an import that is not declared and a declaration never imported", () => {
    const graph = new Map([["@enjoy/deals", { declared: new Set(["@enjoy/commune"]), imported: new Set(["@enjoy/marketplace"]) }]])
    expect(graphProblems(graph)).toEqual([
      "@enjoy/deals imports @enjoy/marketplace without declaring it",
      "@enjoy/deals declares @enjoy/commune but never imports it",
    ])
  })

  it("matches the README's graph and every package.json, with no edge missing", () => {
    const graph = readGraph(root)
    expect(graphProblems(graph)).toEqual([])
    expect(readmeGraphLines(readFileSync(path.join(root, "README.md"), "utf8"))).toEqual(graphLines(graph))
  })
})
