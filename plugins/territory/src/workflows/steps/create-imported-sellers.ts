import { createSellerWorkflow } from "@enjoy/marketplace/workflows"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ImportPlan } from "../../lib/import-plan"
import { TERRITORY_MODULE, type TerritoryModuleService } from "../../modules/territory"

type Run = Awaited<ReturnType<ReturnType<typeof createSellerWorkflow>["run"]>>
type Created = { seller_id: string; transaction: Run["transaction"] }

/**
 * Creates the planned establishments as unclaimed drafts of the commune, one
 * marketplace workflow each. All or nothing: if one fails, those already
 * created are compensated (their workflows cancelled) before the error goes up.
 */
export const createImportedSellersStep = createStep(
  "create-imported-sellers",
  async (input: { commune_id: string; creates: ImportPlan["creates"] }, { container }) => {
    const created: Created[] = []
    const undo = async () => {
      for (const { transaction } of created.reverse()) {
        await createSellerWorkflow(container).cancel({ transaction })
      }
    }
    try {
      for (const { line: _line, external_id: _ref, handle, ...establishment } of input.creates) {
        const { result, transaction } = await createSellerWorkflow(container).run({
          input: { ...establishment, handle, commune_id: input.commune_id, status: "draft" },
        })
        created.push({ seller_id: result.id, transaction })
      }
      const references = input.creates
        .map((c, i) => (c.external_id ? { commune_id: input.commune_id, reference: c.external_id, seller_id: created[i].seller_id } : null))
        .filter((r): r is { commune_id: string; reference: string; seller_id: string } => r !== null)
      const refs = references.length ? await container.resolve<TerritoryModuleService>(TERRITORY_MODULE).createTerritoryImportRefs(references) : []
      return new StepResponse(
        created.map((c) => c.seller_id),
        // Ids only: the checkpoint must stay serializable (a Redis workflow engine stores it).
        { transaction_ids: created.map((c) => c.transaction.transactionId), refs: refs.map((r) => r.id) }
      )
    } catch (error) {
      await undo()
      throw error
    }
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    if (previous.refs.length) {
      await container.resolve<TerritoryModuleService>(TERRITORY_MODULE).deleteTerritoryImportRefs(previous.refs)
    }
    for (const transactionId of [...previous.transaction_ids].reverse()) {
      await createSellerWorkflow(container).cancel({ transactionId })
    }
  }
)
