"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useActionState, useState } from "react"
import { importAction, type ImportState } from "@/app/[locale]/pro/commune/import/actions"
import { TableRegion } from "@/components/table-region"

type Labels = {
  file: string
  source: string
  sources: Record<string, string>
  check: string
  commit: string
  working: string
  noFile: string
  failed: string
  errors: string
  skipped: string
  line: string
  detail: string
}

/** Upload, dry run, then import: the report says line by line what would happen, and nothing is written while a line is wrong. */
export function ImportForm({ labels }: { labels: Labels }) {
  // Counts are ICU plurals from next-intl's messages; the rest comes from the server's dictionary.
  const counts = useTranslations("counts")
  // Without JavaScript the form posts to the server action; with it, the file is streamed and progress shown.
  const [fallback, action] = useActionState<ImportState, FormData>(importAction, {})
  const [live, setLive] = useState<ImportState | null>(null)
  const [rows, setRows] = useState<number | null>(null)
  const [pending, setPending] = useState(false)
  const state = live ?? fallback
  const report = state.report

  // Sent by hand rather than through `action`, so that React does not empty the form afterwards either:
  // the file checked in the dry run is the one imported next.
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter)
    const file = data.get("file")
    if (!(file instanceof File) || file.size === 0) {
      setLive({ error: labels.noFile })
      return
    }
    setPending(true)
    setRows(0)
    setLive(null)
    try {
      const query = new URLSearchParams({ source: String(data.get("source")), commit: String(data.get("intent") === "commit") })
      const response = await fetch(`/pro/commune/import/envoi?${query}`, { method: "POST", body: file })
      setLive(await readOutcome(response, setRows, file.name))
    } catch {
      setLive({ error: labels.failed, file: file.name })
    } finally {
      setPending(false)
      setRows(null)
    }
  }
  return (
    <>
      <form action={action} onSubmit={submit}>
        <p className="field">
          <label htmlFor="import-source">{labels.source}</label>
          <select id="import-source" name="source" defaultValue="sirene">
            {Object.entries(labels.sources).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </p>
        <p className="field">
          <label htmlFor="import-file">{labels.file}</label>
          <input id="import-file" name="file" type="file" accept=".csv,text/csv" required />
        </p>
        <p role="alert" className="form-error">
          {state.error}
        </p>
        <p className="pro-links">
          <button type="submit" name="intent" value="check" className="button button--quiet" disabled={pending}>
            {labels.check}
          </button>
          <button type="submit" name="intent" value="commit" className="button" disabled={pending}>
            {labels.commit}
          </button>
        </p>
        <p role="status" aria-live="polite">
          {pending ? (rows ? counts("importProgress", { rows }) : labels.working) : ""}
        </p>
      </form>
      {report && (
        <section aria-labelledby="rapport-import" className="import-report">
          <h2 id="rapport-import">{state.file}</h2>
          <p>
            {counts("importSummary", {
              lines: report.lines,
              create: report.to_create,
              present: report.already_present,
              skipped: report.skipped.length,
              errors: report.errors.length,
            })}
          </p>
          {report.committed && <p className="form-ok">{counts("imported", { count: report.created })}</p>}
          {report.errors.length > 0 && <LineTable caption={labels.errors} rows={report.errors.map((e) => [e.line, e.message])} labels={labels} />}
          {report.skipped.length > 0 && <LineTable caption={labels.skipped} rows={report.skipped.map((s) => [s.line, s.reason])} labels={labels} />}
        </section>
      )}
    </>
  )
}

function LineTable({ caption, rows, labels }: { caption: string; rows: [number, string][]; labels: Labels }) {
  return (
    <TableRegion caption={caption}>
      <thead>
        <tr>
          <th scope="col" className="number">{labels.line}</th>
          <th scope="col">{labels.detail}</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, 500).map(([line, text]) => (
          <tr key={line}>
            <td className="number">{line}</td>
            <td>{text}</td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  )
}

/** Reads the backend's NDJSON lines: progress as they come, the outcome last. */
async function readOutcome(response: Response, onRows: (rows: number) => void, file: string): Promise<ImportState> {
  if (!response.body || !response.headers.get("content-type")?.includes("ndjson")) {
    const body = (await response.json().catch(() => ({}))) as { message?: string }
    return { error: body.message, file }
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ""
  let last: { status?: number; message?: string; import?: ImportState["report"] } = {}
  for (;;) {
    const { done, value } = await reader.read()
    buffer += value ?? ""
    const lines = buffer.split("\n")
    buffer = done ? "" : lines.pop()!
    for (const line of lines.filter(Boolean)) {
      const event = JSON.parse(line) as { progress?: { rows: number } } & typeof last
      if (event.progress) {
        onRows(event.progress.rows)
      } else {
        last = event
      }
    }
    if (done) {
      break
    }
  }
  const ok = !!last.status && last.status < 300
  return { report: last.import, file, error: ok ? undefined : last.message }
}
