import { describe, expect, it } from "vitest"
import { passwordResetMessage } from "./password-reset-message"

describe("passwordResetMessage", () => {
  it("sends a merchant to the pro space's page with the token and its actor type", () => {
    const message = passwordResetMessage({ entity_id: "camille@enjoy.test", actor_type: "merchant", token: "a.b.c" }, "https://enjoy.test")
    expect(message).toMatchObject({ to: "camille@enjoy.test", channel: "email", data: { subject: "Choisissez un nouveau mot de passe Enjoy" } })
    expect(message!.data.link).toBe("https://enjoy.test/pro/mot-de-passe?jeton=a.b.c&acteur=merchant")
    expect(message!.data.text).toContain(message!.data.link)
  })

  it("sends shoppers to their account's page, and nobody else anywhere", () => {
    expect(passwordResetMessage({ entity_id: "x@y.fr", actor_type: "customer", token: "t" }, "http://localhost:8000")!.data.link).toBe(
      "http://localhost:8000/compte/mot-de-passe?jeton=t&acteur=customer"
    )
    expect(passwordResetMessage({ entity_id: "x@y.fr", actor_type: "user", token: "t" }, "http://localhost:8000")).toBeNull()
  })
})
