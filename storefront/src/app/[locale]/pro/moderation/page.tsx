import type { Metadata } from "next"
import { Link } from "@/i18n/navigation"
import { notFound } from "next/navigation"
import { ProHeader } from "@/components/pro/pro-header"
import { getDictionary } from "@/lib/i18n"
import { formatDateTime } from "@/lib/i18n/dates"
import { listCases } from "@/lib/pro/moderation"
import { requirePro } from "@/lib/pro/session"

export const dynamic = "force-dynamic"

const STATUSES = ["pending", "changes_requested", "approved", "rejected"] as const
type Props = { searchParams: Promise<{ etat?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.pro.queueTitle, robots: { index: false } }
}

/** The moderation queue the backend lets this moderator (or commune agent) see, by status, oldest first. */
export default async function ModerationQueue({ searchParams }: Props) {
  const [{ locale, t }, { etat }, { actor }] = await Promise.all([getDictionary(), searchParams, requirePro()])
  if (actor === "merchant") {
    notFound()
  }
  const status = STATUSES.find((s) => s === etat) ?? "pending"
  const queue = await listCases(status)
  return (
    <>
      <ProHeader t={t} actor={actor} />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.pro.queueTitle}</h1>
        <p>{t.pro.queueIntro}</p>
        <nav aria-label={t.pro.moderation} className="search__tabs">
          <ul>
            {STATUSES.map((s) => (
              <li key={s}>
                <Link href={`/pro/moderation?etat=${s}`} aria-current={s === status ? "page" : undefined}>
                  {t.pro.caseStatuses[s]} ({queue.counts.by_status[s] ?? 0})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {queue.cases.length === 0 ? (
          <p>{t.pro.noCases}</p>
        ) : (
          <ul className="results">
            {queue.cases.map((c) => (
              <li key={c.id} className="result">
                <h2 className="result__title">
                  <Link href={`/pro/moderation/${c.id}`}>
                    {t.pro.caseTitle(t.pro.subjects[c.subject] ?? c.subject, c.seller?.name ?? "")}
                  </Link>
                </h2>
                <p className="result__meta">{t.pro.submittedOn(formatDateTime(c.created_at, locale))}</p>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  )
}
