import { bearer } from "./actors"

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }> }

let counter = 0

/** An association serving the given communes, created by the operator. */
export async function createAssociation(api: Api, operator: object, communeIds: string[], policy: "pre" | "post") {
  counter += 1
  const { data } = await api.post(
    "/admin/associations",
    {
      name: `Union commerciale ${counter}`,
      slug: `union-${counter}`,
      email: `union-${counter}@asso.test`,
      policy,
      commune_ids: communeIds,
    },
    operator
  )
  return data.association.id as string
}

/**
 * A moderator's whole journey: invited (by the operator unless another inviter
 * is given), registers on /auth/moderator/emailpass/register, accepts, logs in.
 */
export async function moderatorHeaders(
  api: Api,
  inviter: object,
  associationId: string,
  email: string,
  role: "president" | "moderator" = "moderator",
  route = `/admin/associations/${associationId}/moderator-invites`
) {
  const password = "secret-moderateur"
  const { data: invited } = await api.post(route, { email, role }, inviter)
  const { data: registered } = await api.post("/auth/moderator/emailpass/register", { email, password })
  await api.post("/association/invites/accept", { token: invited.invite.token }, bearer(registered.token))
  const { data } = await api.post("/auth/moderator/emailpass", { email, password })
  return bearer(data.token)
}
