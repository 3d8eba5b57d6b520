import { ESLint } from "eslint"
import path from "node:path"
import { describe, expect, it } from "vitest"

const root = path.resolve(__dirname, "..")

/** The boundary rule's messages for a new file of the deals plugin holding these imports. */
async function boundaryErrors(source: string) {
  const eslint = new ESLint({ cwd: root })
  const [result] = await eslint.lintText(`${source}\nexport const used = [a]\n`, {
    filePath: path.join(root, "plugins/deals/src/lib/new-file.ts"),
  })
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message)
}

describe("plugin boundaries (lint fixture)", () => {
  it.each([
    `import { a } from "@enjoy/marketplace/lib/geo"`,
    `import { a } from "@enjoy/marketplace/api/vendor/helpers"`,
    `import { a } from "@enjoy/commune/utils/whatever"`,
    `import { a } from "@enjoy/marketplace/search/establishment"`,
    `import { a } from "@enjoy/commune/modules/commune/service"`,
    `import { a } from "../../../marketplace/src/lib/geo"`,
  ])("fails a deep import: %s", async (source) => {
    expect(await boundaryErrors(source)).toHaveLength(1)
  })

  it.each([
    `import { a } from "@enjoy/marketplace/workflows"`,
    `import { a } from "@enjoy/marketplace/modules/seller"`,
    `import { a } from "@enjoy/marketplace/vendor"`,
    `import { a } from "@enjoy/kernel"`,
    `import { a } from "./sibling"`,
  ])("lets a public surface through: %s", async (source) => {
    expect(await boundaryErrors(source)).toEqual([])
  })
})
