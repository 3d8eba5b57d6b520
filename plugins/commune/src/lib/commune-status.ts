export type CommuneStatus = "active" | "suspended" | "ended"

/**
 * A convention can be suspended and resumed; once ended it is final (a new
 * convention means a new commune record, so the history stays readable).
 */
const TRANSITIONS: Record<CommuneStatus, readonly CommuneStatus[]> = {
  active: ["suspended", "ended"],
  suspended: ["active", "ended"],
  ended: [],
}

export function canTransitionCommune(from: CommuneStatus, to: CommuneStatus): boolean {
  return TRANSITIONS[from].includes(to)
}
