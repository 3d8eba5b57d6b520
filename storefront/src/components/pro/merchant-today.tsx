import { Link } from "@/i18n/navigation"
import { lowerFirst } from "@/lib/i18n/case"
import type { Dictionary } from "@/lib/i18n/dictionaries"
import { listOpenReservations, merchantFollowUp } from "@/lib/pro/merchant"
import { ONBOARDING_ITEMS, onboarding } from "@/lib/pro/onboarding"
import { sellerStatistics } from "@/lib/pro/statistics"
import { lastDaysTotals, reservationsToDo, returnedProposals, stepsLeft } from "@/lib/pro/today"

type Seller = { id: string; name: string; commerce_mode: string }

/**
 * What an establishment needs from its merchant today, first on the dashboard: the reservations to
 * confirm, prepare and hand over (a link to the board), the proposals a moderator sent back with their
 * reason, the getting-started steps left, then the week's vitrine views and bons plans.
 * A figure the backend cannot give now is said so, without hiding the rest of the dashboard.
 */
export async function MerchantToday({ seller, t }: { seller: Seller; t: Dictionary }) {
  const takesReservations = seller.commerce_mode !== "showcase"
  const [reservations, statistics, followUp] = await Promise.all([
    takesReservations ? listOpenReservations(seller.id).catch(() => null) : Promise.resolve([]),
    sellerStatistics(seller.id).catch(() => null),
    merchantFollowUp(seller.id).catch(() => null),
  ])
  const returned = followUp ? returnedProposals(followUp.cases, new Date()) : []
  const left = followUp ? stepsLeft(onboarding({ ...followUp.seller, ...followUp }), ONBOARDING_ITEMS) : []
  const editor = `/pro/etablissements/${seller.id}`
  const todo = reservations && reservationsToDo(reservations)
  const week = statistics && lastDaysTotals(statistics.days, 7)
  const board = `/pro/etablissements/${seller.id}/reservations`
  return (
    <div className="today">
      {takesReservations && todo && (
        <p className={todo.toConfirm > 0 ? "today__urgent" : undefined}>
          <Link href={board}>
            {t.pro.toConfirm(todo.toConfirm)}, {t.pro.toPrepare(todo.toPrepare)}, {t.pro.toHandOver(todo.toHandOver)}
            <span className="visually-hidden"> — {seller.name}</span>
          </Link>
        </p>
      )}
      {returned.map((proposal) => (
        <p key={proposal.id} className="today__urgent">
          <Link href={`${editor}#demandes`}>
            {t.pro.returned(t.pro.subjects[proposal.subject] ?? proposal.subject)}
            <span className="visually-hidden"> — {seller.name}</span>
          </Link>{" "}
          {t.pro.reasonWas(proposal.reason ?? "")}
        </p>
      ))}
      {left.length > 0 && (
        <p>
          <Link href={`${editor}#demarrer`}>
            {t.pro.stepsLeft(left.length)}
            <span className="visually-hidden"> — {seller.name}</span>
          </Link>{" "}
          : {left.map((step) => lowerFirst(t.pro.checklistItems[step])).join(", ")}.
        </p>
      )}
      {week ? (
        <p className="today__week">
          {t.pro.weekViews(week.vitrine_view ?? 0)}. {t.pro.weekDeals(week.deal_claim ?? 0, week.deal_redemption ?? 0)}.
        </p>
      ) : (
        <p className="today__week">{t.pro.figuresUnavailable}</p>
      )}
    </div>
  )
}
