import { describe } from "vitest"
import { backendIntegrationSuite } from "../helpers/runner"
import { checkoutTests } from "../http/checkout"
import { vendorTests } from "../http/vendor"
import { shopperAccountTests } from "../http/shopper-account"
import { discoverTests } from "../http/discover"
import { marketplaceCompensationTests } from "../workflows/marketplace-compensation"
import { communeCompensationTests } from "../workflows/commune-compensation"

/**
 * Checkout and payment, the merchants' vendor API, shoppers' accounts, discovery, and workflow compensations, on one booted backend:
 * a boot costs 10 to 15 s, paid once per file. Each test still starts from the same database, which
 * Medusa's runner restores before it.
 */
backendIntegrationSuite((options) => {
  describe("checkout", () => checkoutTests(options))
  describe("vendor API", () => vendorTests(options))
  describe("shopper account", () => shopperAccountTests(options))
  describe("discovery", () => discoverTests(options))
  describe("marketplace compensations", () => marketplaceCompensationTests(options))
  describe("commune compensations", () => communeCompensationTests(options))
})
