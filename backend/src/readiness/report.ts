/** What one dependency answered: `ok`, or `degraded` with why, or `off` when it is not configured. */
export type CheckResult = { status: "ok" | "degraded" | "off"; detail?: string }

export type ReadinessReport = { status: "ready" | "degraded"; checks: Record<string, CheckResult> }

/** Runs a check, turning a throw or a timeout into a degraded result whose reason is the error's message. */
export async function timedCheck(check: () => Promise<CheckResult>, timeoutMs = 2_000): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<CheckResult>((resolve) => {
    timer = setTimeout(() => resolve({ status: "degraded", detail: `pas de réponse en ${timeoutMs} ms` }), timeoutMs)
  })
  try {
    return await Promise.race([check().catch((error: Error) => ({ status: "degraded" as const, detail: hideSecrets(error.message) })), timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** Credentials in an address never reach the report: `smtp://user:pass@host` → `smtp://…@host`. */
export function hideSecrets(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, "$1…@").slice(0, 300)
}

/** Ready when no configured dependency is degraded; what is off (not configured) does not count. */
export function readinessReport(checks: Record<string, CheckResult>): ReadinessReport {
  const degraded = Object.values(checks).some((check) => check.status === "degraded")
  return { status: degraded ? "degraded" : "ready", checks }
}
