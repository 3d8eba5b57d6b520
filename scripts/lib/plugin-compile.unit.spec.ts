import path from "node:path"
import { describe, expect, it } from "vitest"
import { isIgnored } from "./plugin-compile.mjs"

describe("what a plugin's build leaves out, as Medusa's own build does", () => {
  it("leaves out the admin extensions and test folders, matched as whole path segments", () => {
    const ignored = ["src/admin/routes/page.tsx", "src/test/helper.ts", "src/api/unit-tests/a.ts", "integration-tests/x.ts"]
    expect(ignored.filter((file) => isIgnored(file.split("/").join(path.sep)))).toEqual(ignored)
  })

  it("keeps files whose names merely contain an ignored word", () => {
    const kept = ["src/scripts/seed-test-accounts.ts", "src/api/admin/route.ts", "src/lib/testing.ts", "src/admin.ts"]
    expect(kept.filter((file) => isIgnored(file.split("/").join(path.sep)))).toEqual([])
  })
})
