import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { platformStoreHeaders } from "../helpers/actors"
import { franceRegion } from "../helpers/shop"

export const OPERATOR = { email: "operateur@enjoy.test", password: "secret-operateur" }

/**
 * Run by `medusa exec` before the multi-process test starts its servers: what its shopping street needs
 * from a container (an operator's account, the platform's store key, a France region), printed as one
 * JSON line. The rest of the street is made through the servers' HTTP API, as in the other tests.
 */
export default async function prepareParties({ container }: ExecArgs) {
  const { authIdentity } = await container.resolve(Modules.AUTH).register("emailpass", { body: OPERATOR })
  await createUserAccountWorkflow(container).run({ input: { authIdentityId: authIdentity!.id, userData: { email: OPERATOR.email } } })
  const store = await platformStoreHeaders(container)
  const region = await franceRegion(container)
  console.log(`STACK_PARTIES ${JSON.stringify({ store, region: { id: region.id } })}`)
}
