import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"

type Api = {
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }>
}

export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

/** A real operator account, logged in through /auth/user/emailpass. */
export async function operatorHeaders(container: MedusaContainer, api: Api) {
  const email = "operateur@enjoy.test"
  const password = "secret-operateur"
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email, password } })
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity!.id, userData: { email } },
  })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return bearer(data.token)
}

/** A publishable key linked to a sales channel, as every /store route needs. */
export async function storeHeaders(container: MedusaContainer) {
  const {
    result: [channel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Enjoy test" }] },
  })
  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "test", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: key.id, add: [channel.id] },
  })
  return { headers: { "x-publishable-api-key": key.token } }
}

/**
 * The whole agent journey: the operator invites, the agent registers on
 * /auth/agent/emailpass/register, accepts, then logs in.
 */
export async function agentHeaders(api: Api, operator: object, communeId: string, email: string) {
  const password = "secret-agent"
  const { data: invited } = await api.post(
    `/admin/communes/${communeId}/agent-invites`,
    { email },
    operator
  )
  const { data: registered } = await api.post("/auth/agent/emailpass/register", { email, password })
  await api.post(
    "/commune/invites/accept",
    { token: invited.invite.token, first_name: "Camille" },
    bearer(registered.token)
  )
  const { data } = await api.post("/auth/agent/emailpass", { email, password })
  return bearer(data.token)
}

/**
 * A merchant running one establishment: the operator invites, the merchant
 * registers on /auth/merchant/emailpass/register, accepts, then logs in.
 */
export async function merchantHeaders(api: Api, operator: object, sellerId: string, email: string) {
  const password = "secret-commercant"
  const { data: invited } = await api.post(
    `/admin/sellers/${sellerId}/merchant-invites`,
    { email },
    operator
  )
  const { data: registered } = await api.post("/auth/merchant/emailpass/register", { email, password })
  await api.post("/vendor/invites/accept", { token: invited.invite.token }, bearer(registered.token))
  const { data } = await api.post("/auth/merchant/emailpass", { email, password })
  return bearer(data.token)
}

/** A publishable key on the platform's sales channel (the store's default), where vendor products are sold. */
export async function platformStoreHeaders(container: MedusaContainer) {
  const query = container.resolve("query")
  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "platform", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: key.id, add: [store.default_sales_channel_id as string] },
  })
  return { headers: { "x-publishable-api-key": key.token } }
}
