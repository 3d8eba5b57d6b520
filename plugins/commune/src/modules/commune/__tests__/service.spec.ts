import { describe, expect, it } from "vitest"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { COMMUNE_MODULE } from ".."
import type CommuneModuleService from "../service"
import { AgentInvite, Commune, CommuneAgent } from "../models"

const lille = {
  name: "Lille",
  slug: "lille",
  insee_code: "59350",
  postal_codes: ["59000", "59800"],
  population: 236_000,
  population_year: 2021,
  latitude: 50.6292,
  longitude: 3.0573,
  convention_start: new Date("2025-01-01T00:00:00Z"),
}

moduleIntegrationTestRunner<CommuneModuleService>({
  moduleName: COMMUNE_MODULE,
  resolve: path.resolve(__dirname, ".."),
  moduleModels: [Commune, CommuneAgent, AgentInvite],
  moduleOptions: {
    costTiers: [{ label: "unique", max_population: null, yearly_contribution: 1_000 }],
  },
  testSuite: ({ service }) => {
    describe("commune module (real PostgreSQL)", () => {
      it("creates a commune with its defaults", async () => {
        const commune = await service.createCommunes(lille)
        expect(commune).toMatchObject({
          slug: "lille",
          status: "active",
          primary_color: "#1f4e79",
          postal_codes: ["59000", "59800"],
          convention_end: null,
        })
        expect(commune.id).toMatch(/^com_/)
      })

      it("refuses a second commune with the same slug or INSEE code", async () => {
        await service.createCommunes(lille)
        await expect(
          service.createCommunes({ ...lille, insee_code: "59017" })
        ).rejects.toThrow(/slug/)
        await expect(service.createCommunes({ ...lille, slug: "lille-2" })).rejects.toThrow(
          /insee_code/
        )
        expect(await service.listCommunes()).toHaveLength(1)
      })

      it("ties agents and invites to their commune", async () => {
        const commune = await service.createCommunes(lille)
        await service.createCommuneAgents({ commune_id: commune.id, email: "a@lille.test" })
        await service.createAgentInvites({
          commune_id: commune.id,
          email: "b@lille.test",
          token_hash: "h".repeat(64),
          expires_at: new Date(Date.now() + 1000),
        })
        const [withRelations] = await service.listCommunes(
          { id: commune.id },
          { relations: ["agents", "agent_invites"] }
        )
        expect(withRelations.agents.map((a) => a.email)).toEqual(["a@lille.test"])
        expect(withRelations.agent_invites.map((i) => i.email)).toEqual(["b@lille.test"])
      })

      it("takes its cost tiers from the module options", () => {
        expect(service.getCostTiers()).toEqual([
          { label: "unique", max_population: null, yearly_contribution: 1_000 },
        ])
      })
    })
  },
})
