import { describe } from "vitest"
import { backendIntegrationSuite } from "../helpers/runner"
import { communesTests } from "../http/communes"
import { associationsTests } from "../http/associations"
import { dealsTests } from "../http/deals"
import { territoryTests } from "../http/territory"
import { authorizationTests } from "../http/authorization"
import { fuzzTests } from "../http/fuzz"
import { objectStorageTests } from "../http/object-storage"

/**
 * Communes, associations, bons plans and events, territory data, every route tried by every actor, and photos on
 * object storage, on one booted backend:
 * a boot costs 10 to 15 s, paid once per file. Each test still starts from the same database, which
 * Medusa's runner restores before it.
 */
backendIntegrationSuite((options) => {
  describe("communes", () => communesTests(options))
  describe("associations", () => associationsTests(options))
  describe("bons plans and events", () => dealsTests(options))
  describe("territory", () => territoryTests(options))
  describe("authorization", () => authorizationTests(options))
  describe("fuzz", () => fuzzTests(options))
  describe("object storage", () => objectStorageTests(options))
  // This area keeps its files on S3-compatible storage (a real s3rver); the others on the local disk.
}, { objectStorage: true })
