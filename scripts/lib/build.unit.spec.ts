import { mkdtempSync, mkdirSync, utimesSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { isStale, newestMtime } from "./build.mjs"
import { withDatabase } from "./database.mjs"

function touch(file: string, secondsAgo: number) {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, "")
  const time = new Date(Date.now() - secondsAgo * 1000)
  utimesSync(file, time, time)
}

describe("build freshness", () => {
  it("rebuilds when the output is missing or older than a source", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "enjoy-build-"))
    touch(path.join(dir, "src/a.ts"), 100)
    touch(path.join(dir, "src/deep/b.ts"), 50)
    touch(path.join(dir, "src/node_modules/ignored.ts"), 0)
    expect(isStale([path.join(dir, "src")], path.join(dir, "out"))).toBe(true)

    touch(path.join(dir, "out"), 10)
    expect(isStale([path.join(dir, "src")], path.join(dir, "out"))).toBe(false)

    touch(path.join(dir, "src/deep/b.ts"), 0)
    expect(isStale([path.join(dir, "src")], path.join(dir, "out"))).toBe(true)
    expect(newestMtime(path.join(dir, "missing"))).toBe(0)
  })
})

describe("withDatabase", () => {
  it("swaps only the database name", () => {
    expect(withDatabase("postgres://u:p@localhost:5432/enjoy?sslmode=disable", "postgres")).toBe(
      "postgres://u:p@localhost:5432/postgres?sslmode=disable"
    )
  })
})
