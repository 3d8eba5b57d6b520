import "server-only"
import type { ModerationCase } from "./moderation"
import { proFetch } from "./session"

export type ScopeSeller = {
  id: string
  name: string
  handle: string
  status: string
  commerce_mode: string
  city: string
  commune: { id: string; slug: string; name: string }
}

export type Member = { id: string; status: string; seller_id: string; seller: { name: string; handle: string; status: string } | null }

export type OverseenAssociation = { id: string; name: string; slug: string; policy: "pre" | "post"; communes?: { slug: string }[] }

/** The establishments of the communes the signed-in agent or moderator oversees, with counts by status. */
export function listScopeSellers() {
  return proFetch<{ sellers: ScopeSeller[]; by_status: Record<string, number> }>("/association/sellers")
}

export async function listOverseenAssociations(): Promise<OverseenAssociation[]> {
  return (await proFetch<{ associations: OverseenAssociation[] }>("/association/me")).associations
}

export async function listMembers(associationId: string): Promise<Member[]> {
  return (await proFetch<{ members: Member[] }>(`/association/associations/${encodeURIComponent(associationId)}/members`)).members
}

/** The pending cases of establishments in no association: the commune's own queue. */
export async function listFallbackCases(): Promise<ModerationCase[]> {
  return (await proFetch<{ cases: ModerationCase[] }>("/association/cases", { query: { fallback: "true", status: "pending", limit: 20 } })).cases
}
