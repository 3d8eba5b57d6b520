import { readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { OPEN_DATA_FIELDS } from "./open-data-rows"
import { openDataSchema } from "./open-data-schema"

describe("open data schema", () => {
  it("documents every published field, with a type and a description", () => {
    const schema = openDataSchema()
    for (const [resource, names] of Object.entries(OPEN_DATA_FIELDS)) {
      const fields = schema.resources[resource].fields
      expect(fields.map((f) => f.name)).toEqual([...names])
      expect(fields.every((f) => f.type && f.description)).toBe(true)
    }
  })

  it("matches the OpenAPI description kept in the repository", () => {
    const openapi = readFileSync(path.join(__dirname, "../../opendata/openapi.yaml"), "utf8")
    for (const names of Object.values(OPEN_DATA_FIELDS)) {
      for (const name of names) {
        expect(openapi).toContain(`        ${name}:`)
      }
    }
  })
})
