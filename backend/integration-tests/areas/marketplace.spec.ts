import { describe } from "vitest"
import { backendIntegrationSuite } from "../helpers/runner"
import { sellersTests } from "../http/sellers"
import { cartModesTests } from "../http/cart-modes"
import { reservationsTests } from "../http/reservations"
import { hardeningTests } from "../http/hardening"
import { orderEmailTests } from "../http/order-emails"

/**
 * Establishments, their carts and stock, the e-mails about their orders, and the defects found by attacking the demo, on one booted backend:
 * a boot costs 10 to 15 s, paid once per file. Each test still starts from the same database, which
 * Medusa's runner restores before it.
 */
backendIntegrationSuite((options) => {
  describe("establishments", () => sellersTests(options))
  describe("cart modes", () => cartModesTests(options))
  describe("reservations", () => reservationsTests(options))
  describe("order e-mails", () => orderEmailTests(options))
  describe("hardening", () => hardeningTests(options))
})
