import { mkdir, rm, writeFile } from "node:fs/promises"
import path from "node:path"
import { Compiler } from "@medusajs/framework/build-tools"
import { transformFile } from "@swc/core"

/**
 * Compiles a plugin the way Medusa's `plugin:build` lays it out (.medusa/server/src/**.js, CommonJS, the
 * admin extensions bundled by Medusa's own bundler), but file by file with swc and without type-checking,
 * as Medusa's `plugin:develop` does: the whole repository is type-checked once, in one program, by
 * `npm run typecheck` (tsconfig.check.json), instead of once per plugin build and once per plugin check.
 */

/** Path segments Medusa leaves out of a plugin's build (its Compiler's backend ignore list). */
const IGNORED = ["integration-tests", "test", "unit-tests", "src/admin"]

/** True when `relative` (a path inside the plugin) holds one of Medusa's ignored chunks as whole segments. */
export function isIgnored(relative, ignored = IGNORED) {
  const segments = relative.split(path.sep)
  return ignored.some((chunk) => {
    const parts = chunk.split("/")
    return segments.some((_, start) => parts.every((part, offset) => segments[start + offset] === part))
  })
}

/** What Medusa's `plugin:develop` gives swc, plus dynamic `import()` kept as is (as tsc's Node16 output does). */
const SWC_OPTIONS = {
  sourceMaps: "inline",
  module: { type: "commonjs", strictMode: true, noInterop: false, ignoreDynamic: true },
  jsc: {
    externalHelpers: false,
    target: "es2021",
    parser: { syntax: "typescript", tsx: true, decorators: true, dynamicImport: true },
    transform: {
      legacyDecorator: true,
      decoratorMetadata: true,
      react: { runtime: "automatic", importSource: "react", throwIfNamespace: false, useBuiltins: false },
    },
    keepClassNames: true,
  },
}

const silent = { info() {}, warn: (...a) => console.warn(...a), error: (...a) => console.error(...a) }

/**
 * Builds one plugin folder into its .medusa/server; throws when a file does not compile. Medusa's admin
 * bundler reads the current directory, which this changes for the time of the bundle: one call at a time.
 */
export async function compilePlugin(dir) {
  const compiler = new Compiler(dir, silent)
  const tsConfig = await compiler.loadTSConfigFile()
  if (!tsConfig) throw new Error(`${dir}: tsconfig.json could not be read`)
  const out = path.join(dir, ".medusa/server")
  await rm(out, { recursive: true, force: true })
  const files = tsConfig.fileNames.filter((file) => !file.endsWith(".d.ts") && !isIgnored(path.relative(dir, file)))
  await Promise.all(
    files.map(async (file) => {
      const { code } = await transformFile(file, { ...SWC_OPTIONS, filename: file })
      const target = path.join(out, path.relative(dir, file)).replace(/\.tsx?$/, ".js")
      await mkdir(path.dirname(target), { recursive: true })
      await writeFile(target, code)
    })
  )
  const bundler = await import("@medusajs/admin-bundler")
  const cwd = process.cwd()
  // Building the admin extensions assigns process.env.NODE_ENV, and an unset one comes back as the string
  // "undefined": every command the demo runs next (db:migrate first) would then refuse that environment.
  const nodeEnv = process.env.NODE_ENV
  process.chdir(dir)
  try {
    if (!(await compiler.buildPluginAdminExtensions(bundler))) {
      throw new Error(`${dir}: the admin extensions did not build`)
    }
  } finally {
    process.chdir(cwd)
    if (nodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = nodeEnv
  }
  return files.length
}
