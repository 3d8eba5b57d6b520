import { describe, expect, it } from "vitest"
import { stripeEventAction } from "./stripe-event"

const intent = (type: string, object: Record<string, unknown>) => ({
  type,
  data: { object: { object: "payment_intent", metadata: { session_id: "payses_1" }, amount: 6000, ...object } },
})

describe("stripeEventAction", () => {
  it("reads an authorization and a capture, in euros", () => {
    expect(stripeEventAction(intent("payment_intent.amount_capturable_updated", {}))).toEqual({
      action: "authorized",
      session_id: "payses_1",
      amount: 60,
    })
    expect(stripeEventAction(intent("payment_intent.succeeded", { amount_received: 6000 }))).toEqual({
      action: "captured",
      session_id: "payses_1",
      amount: 60,
    })
  })

  it("ignores what it cannot tie to a payment session, and other events", () => {
    expect(stripeEventAction(intent("payment_intent.succeeded", { metadata: {} }))).toMatchObject({ action: "ignored" })
    expect(stripeEventAction(intent("payment_intent.created", {}))).toEqual({
      action: "ignored",
      reason: "nothing to do on payment_intent.created",
    })
    expect(
      stripeEventAction({ type: "charge.refunded", data: { object: { object: "charge" } } })
    ).toMatchObject({ action: "ignored" })
  })
})
