import "server-only"
import { proFetch } from "./session"

export type ModerationCase = {
  id: string
  subject: string
  status: "pending" | "approved" | "rejected" | "changes_requested"
  policy: "pre" | "post"
  proposed: Record<string, unknown> | null
  previous: Record<string, unknown> | null
  reason: string | null
  created_at: string
  seller: { name: string; handle?: string } | null
}

export type Queue = { cases: ModerationCase[]; count: number; counts: { by_status: Record<string, number> } }

export async function listCases(status: string): Promise<Queue> {
  return proFetch<Queue>("/association/cases", { query: { status, limit: 100 } })
}

export async function getCase(id: string): Promise<ModerationCase> {
  return (await proFetch<{ case: ModerationCase }>(`/association/cases/${encodeURIComponent(id)}`)).case
}
