"use server"

import { storefrontConfig } from "@/lib/config"
import { getDictionary } from "@/lib/i18n"
import { importPath } from "@/lib/pro/import-path"
import { proSession } from "@/lib/pro/session"

export type ImportReport = {
  lines: number
  to_create: number
  already_present: number
  created: number
  committed: boolean
  skipped: { line: number; reason: string }[]
  errors: { line: number; message: string }[]
}

export type ImportState = { error?: string; report?: ImportReport; file?: string }

const MAX_BYTES = 60 * 1024 * 1024

/**
 * Sends the agent's file to the backend as it is (a stream, not a parsed
 * copy): a dry run with "Vérifier", the import itself with "Importer".
 */
export async function importAction(_state: ImportState, form: FormData): Promise<ImportState> {
  const { t } = await getDictionary()
  const session = await proSession()
  const file = form.get("file")
  const source = String(form.get("source") ?? "")
  const commit = form.get("intent") === "commit"
  if (session?.actor !== "agent") {
    return { error: t.forms.signInAsAgent }
  }
  if (!(file instanceof File) || file.size === 0) {
    return { error: t.forms.chooseCsv }
  }
  if (file.size > MAX_BYTES) {
    return { error: t.forms.csvTooLarge }
  }
  const path = importPath(source, commit)
  const response = await fetch(`${storefrontConfig().backendUrl}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${session.token}`, "content-type": "text/csv" },
    body: file.stream(),
    duplex: "half",
    cache: "no-store",
  } as RequestInit)
  const body = (await response.json().catch(() => ({}))) as { import?: ImportReport; message?: string }
  if (body.import) {
    return { report: body.import, file: file.name, error: response.ok ? undefined : body.message }
  }
  return { error: body.message ?? t.forms.importFailed, file: file.name }
}
