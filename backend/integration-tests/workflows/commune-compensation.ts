import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import {
  createAgentInviteStep,
  createCommuneAgentStep,
  createCommunesStep,
  deleteCommunesStep,
  markAgentInviteAcceptedStep,
  updateCommunesStep,
} from "@enjoy/commune/workflows"
import type { CommuneModuleService } from "@enjoy/commune/modules/commune"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { describe, expect, it } from "vitest"
import { failAfterWriteStep } from "../helpers/fail-step"
import { communePayload } from "../helpers/communes"

/**
 * Each workflow below runs one of our mutating steps, then a step that fails:
 * the step's compensation must leave the database as it was.
 */

const createThenFail = createWorkflow("test-create-communes-then-fail", (input: { communes: any[] }) => {
  createCommunesStep(input)
  failAfterWriteStep()
  return new WorkflowResponse(undefined)
})

const updateThenFail = createWorkflow("test-update-communes-then-fail", (input: { updates: any[] }) => {
  updateCommunesStep(input)
  failAfterWriteStep()
  return new WorkflowResponse(undefined)
})

const deleteThenFail = createWorkflow("test-delete-communes-then-fail", (input: { ids: string[] }) => {
  deleteCommunesStep(input)
  failAfterWriteStep()
  return new WorkflowResponse(undefined)
})

const inviteAcceptThenFail = createWorkflow(
  "test-invite-accept-then-fail",
  (input: { commune_id: string; email: string }) => {
    const invite = createAgentInviteStep(input)
    createCommuneAgentStep(input)
    markAgentInviteAcceptedStep(invite)
    failAfterWriteStep()
    return new WorkflowResponse(undefined)
  }
)

export function communeCompensationTests({ getContainer }: MedusaSuiteOptions) {
  const service = () => getContainer().resolve<CommuneModuleService>("commune")

  describe("commune workflow steps roll back on a later failure", () => {
    it("create: the communes are removed", async () => {
      const { errors } = await createThenFail(getContainer()).run({
        input: { communes: [communePayload({ slug: "rollback" })] },
        throwOnError: false,
      })
      expect(errors[0].error.message).toContain("Failure injected")
      expect(await service().listCommunes({ slug: "rollback" }, { withDeleted: true })).toEqual([])
    })

    it("update: the changed fields get their old values back", async () => {
      const commune = await service().createCommunes(
        communePayload({ population: 1_000, primary_color: "#111111" }) as any
      )
      await updateThenFail(getContainer()).run({
        input: { updates: [{ id: commune.id, population: 2_000, primary_color: "#222222" }] },
        throwOnError: false,
      })
      const after = await service().retrieveCommune(commune.id)
      expect(after.population).toBe(1_000)
      expect(after.primary_color).toBe("#111111")
    })

    it("delete: the commune is restored", async () => {
      const commune = await service().createCommunes(communePayload() as any)
      await deleteThenFail(getContainer()).run({ input: { ids: [commune.id] }, throwOnError: false })
      expect((await service().retrieveCommune(commune.id)).deleted_at).toBeNull()
    })

    it("invite and accept: no invite, no agent is left", async () => {
      const commune = await service().createCommunes(communePayload() as any)
      await inviteAcceptThenFail(getContainer()).run({
        input: { commune_id: commune.id, email: "rollback@commune.test" },
        throwOnError: false,
      })
      expect(await service().listCommuneAgents({ email: "rollback@commune.test" })).toEqual([])
      expect(await service().listAgentInvites({ email: "rollback@commune.test" })).toEqual([])
    })
  })
}
