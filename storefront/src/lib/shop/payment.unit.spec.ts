import { describe, expect, it } from "vitest"
import { paymentSetup, stripeClientSecret } from "./payment"

describe("paymentSetup", () => {
  it("simulates the payment when no Stripe key is configured", () => {
    expect(paymentSetup(undefined)).toEqual({ mode: "simulated", provider: "pp_system_default" })
    expect(paymentSetup("  ")).toEqual({ mode: "simulated", provider: "pp_system_default" })
  })

  it("uses Stripe's provider with a publishable key", () => {
    expect(paymentSetup("pk_test_51Abc")).toEqual({ mode: "stripe", provider: "pp_stripe_stripe", publishableKey: "pk_test_51Abc" })
  })

  it("refuses a secret key where a publishable one belongs", () => {
    expect(() => paymentSetup("sk_live_123")).toThrow(/publishable key/)
  })
})

describe("stripeClientSecret", () => {
  it("reads the client secret of the Stripe session, and nothing else", () => {
    const collection = {
      payment_sessions: [
        { provider_id: "pp_system_default", data: {} },
        { provider_id: "pp_stripe_stripe", data: { id: "pi_1", client_secret: "pi_1_secret_2" } },
      ],
    }
    expect(stripeClientSecret(collection)).toBe("pi_1_secret_2")
    expect(stripeClientSecret({ payment_sessions: [] })).toBeNull()
  })
})
