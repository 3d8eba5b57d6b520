// The dependency graph between our packages, read two ways: what each
// package.json declares, and what the sources import. Pure functions apart
// from readGraph(), which reads the repository.
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs"
import path from "node:path"

const IMPORT = /(?:from|import\(|require\()\s*["'](@enjoy\/[a-z-]+)/g

/** The @enjoy packages a source text imports. */
export function importedPackages(source) {
  return new Set([...source.matchAll(IMPORT)].map((m) => m[1]))
}

function sourceFiles(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return ["node_modules", ".medusa", "dist", "__tests__"].includes(entry.name) ? [] : sourceFiles(full)
    return /\.(ts|tsx|mts|mjs)$/.test(entry.name) && !/\.(unit\.)?spec\.tsx?$/.test(entry.name) ? [full] : []
  })
}

/** { name → { declared: Set, imported: Set } } for the plugins and the kernel. */
export function readGraph(root) {
  const dirs = ["packages", "plugins"].flatMap((group) =>
    readdirSync(path.join(root, group))
      .map((name) => path.join(root, group, name))
      .filter((dir) => statSync(dir).isDirectory() && existsSync(path.join(dir, "package.json")))
  )
  const graph = new Map()
  for (const dir of dirs) {
    const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"))
    const declared = new Set(Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }).filter((d) => d.startsWith("@enjoy/")))
    const imported = new Set()
    for (const file of sourceFiles(path.join(dir, "src"))) {
      for (const name of importedPackages(readFileSync(file, "utf8"))) if (name !== pkg.name) imported.add(name)
    }
    graph.set(pkg.name, { declared, imported })
  }
  return graph
}

/** Problems between what is declared and what is imported: an import not declared, a declaration never used. */
export function graphProblems(graph) {
  const problems = []
  for (const [name, { declared, imported }] of graph) {
    for (const dep of imported) if (!declared.has(dep)) problems.push(`${name} imports ${dep} without declaring it`)
    for (const dep of declared) if (!imported.has(dep)) problems.push(`${name} declares ${dep} but never imports it`)
  }
  return problems
}

/** One line per package, its dependencies sorted: "@enjoy/deals → @enjoy/association, @enjoy/kernel". */
export function graphLines(graph) {
  return [...graph.keys()].sort().map((name) => {
    const deps = [...graph.get(name).imported].sort()
    return `${name} → ${deps.length ? deps.join(", ") : "(rien)"}`
  })
}

/** The lines of the README's graph block (between its two markers). */
export function readmeGraphLines(readme) {
  const match = /<!-- plugin-graph -->\n```\n([\s\S]*?)\n```\n<!-- \/plugin-graph -->/.exec(readme)
  return match ? match[1].split("\n") : null
}
