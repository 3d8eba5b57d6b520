import { describe, expect, it } from "vitest"
import { identityEmails } from "./identity-emails"

describe("identityEmails", () => {
  it("lists an identity's addresses in lower case", () => {
    expect(identityEmails({ provider_identities: [{ entity_id: "Lea.Martin@Exemple.test" }] })).toEqual(["lea.martin@exemple.test"])
  })

  it("has none for a missing identity or one without providers", () => {
    expect(identityEmails(undefined)).toEqual([])
    expect(identityEmails({ provider_identities: null })).toEqual([])
  })
})
