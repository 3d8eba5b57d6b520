import type { Metadata } from "next"
import { Link } from "@/i18n/navigation"
import { notFound } from "next/navigation"
import { DecisionForm } from "@/components/pro/decision-form"
import { ProHeader } from "@/components/pro/pro-header"
import { getDictionary } from "@/lib/i18n"
import { formatDateTime } from "@/lib/i18n/dates"
import { caseDiff } from "@/lib/pro/case-diff"
import { getCase } from "@/lib/pro/moderation"
import { orNotFound, requirePro } from "@/lib/pro/session"
import { TableRegion } from "@/components/table-region"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ decide?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.pro.moderation, robots: { index: false } }
}

/**
 * One moderation case: what the merchant proposes beside what is there, and
 * the decision. A case outside the moderator's associations is a 404 (the
 * backend's answer), so its existence is not even confirmed.
 */
export default async function ModerationCasePage({ params, searchParams }: Props) {
  const [{ locale, t }, { id }, { decide }, { actor }] = await Promise.all([getDictionary(), params, searchParams, requirePro()])
  if (actor === "merchant") {
    notFound()
  }
  const found = await orNotFound(getCase(id))
  const subject = t.pro.subjects[found.subject] ?? found.subject
  const rows = caseDiff(found.proposed, found.previous)
  return (
    <>
      <ProHeader t={t} actor={actor} />
      <main id="contenu" tabIndex={-1}>
        <p>
          <Link href="/pro/moderation">{t.pro.queueTitle}</Link>
        </p>
        <h1>{t.pro.caseTitle(subject, found.seller?.name ?? "")}</h1>
        <p role="status" className="form-ok">
          {decide && t.pro.decidedLabels[decide] ? t.pro.decided(t.pro.decidedLabels[decide]) : ""}
        </p>
        <p className="result__meta">{t.pro.submittedOn(formatDateTime(found.created_at, locale))}</p>
        <p>{found.policy === "pre" ? t.pro.policyPre : t.pro.policyPost}</p>
        {rows.length > 0 && (
          <TableRegion caption={subject} className="diff" captionHidden>
            <thead>
              <tr>
                <th scope="col">{t.pro.field}</th>
                <th scope="col">{t.pro.before}</th>
                <th scope="col">{t.pro.after}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.field}>
                  <th scope="row">{t.pro.fieldNames[row.field] ?? row.field}</th>
                  <td className="diff__before">{row.before ?? t.pro.nothingBefore}</td>
                  <td className="diff__after">{row.after ?? t.pro.nothingBefore}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        )}
        {found.status === "pending" ? (
          <DecisionForm
            caseId={found.id}
            labels={{ heading: t.pro.decisionHeading, decisions: t.pro.decisions, reason: t.pro.reason, decide: t.pro.decide }}
          />
        ) : (
          <>
            <p>{t.pro.alreadyDecided(t.pro.caseStatuses[found.status] ?? found.status)}</p>
            {found.reason && <p>{t.pro.reasonWas(found.reason)}</p>}
          </>
        )}
      </main>
    </>
  )
}
