import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { ProHeader } from "@/components/pro/pro-header"
import { getDictionary } from "@/lib/i18n"
import { formatDateTime } from "@/lib/i18n/dates"
import { proFetch, requirePro } from "@/lib/pro/session"
import { TableRegion } from "@/components/table-region"

export const dynamic = "force-dynamic"

type Entry = {
  id: string
  action: string
  subject: string
  created_at: string
  after: { status?: string; reason?: string | null } | null
  seller: { name: string } | null
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.pro.auditTitle, robots: { index: false } }
}

/** What moderators (and commune agents) decided or typed for merchants, as the backend scopes it. */
export default async function AuditLog() {
  const [{ locale, t }, { actor }] = await Promise.all([getDictionary(), requirePro()])
  if (actor === "merchant") {
    notFound()
  }
  const { entries } = await proFetch<{ entries: Entry[] }>("/association/audit")
  return (
    <>
      <ProHeader t={t} actor={actor} />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.pro.auditTitle}</h1>
        <p>{t.pro.auditIntro}</p>
        {entries.length === 0 ? (
          <p>{t.pro.auditEmpty}</p>
        ) : (
          <TableRegion caption={t.pro.auditTitle} className="diff" captionHidden>
            <thead>
              <tr>
                <th scope="col">{t.pro.when}</th>
                <th scope="col">{t.pro.what}</th>
                <th scope="col">{t.pro.whom}</th>
                <th scope="col">{t.pro.result}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatDateTime(entry.created_at, locale)}</td>
                  <td>
                    {t.pro.auditActions[entry.action] ?? entry.action} — {t.pro.subjects[entry.subject] ?? entry.subject}
                  </td>
                  <td>{entry.seller?.name ?? ""}</td>
                  <td>
                    {entry.after?.status ? (t.pro.decidedLabels[entry.after.status] ?? entry.after.status) : ""}
                    {entry.after?.reason ? ` — ${t.pro.reasonWas(entry.after.reason)}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        )}
      </main>
    </>
  )
}
