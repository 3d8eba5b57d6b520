import type { MedusaContainer } from "@medusajs/framework/types"
import path from "node:path"

/**
 * A plugin's scheduled job, loaded from the built plugin by its path as
 * Medusa's job loader does: jobs are run by the scheduler, not imported by
 * other packages, so they are not part of a plugin's public surface. Tests
 * run them now instead of waiting for their schedule.
 */
export function pluginJob<Result = Record<string, number>>(
  plugin: string,
  name: string
): (container: MedusaContainer) => Promise<Result> {
  const root = path.dirname(require.resolve(`@enjoy/${plugin}/package.json`))
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(root, ".medusa/server/src/jobs", `${name}.js`)).default
}
