import type { DealClaim } from "@/lib/account"
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries"
import { QrCode } from "./qr-code"
import { formatLastDay } from "@/lib/i18n/dates"

/** The claimed bons plans: the code in text and as a QR code to show at the counter. */
export function ClaimList({ claims, t, locale }: { claims: DealClaim[]; t: Dictionary; locale: Locale }) {
  return (
    <ul className="claim-list">
      {claims.map((claim) => (
        <li key={claim.id} className="claim">
          <h3>{claim.deal?.title ?? claim.code}</h3>
          <p>
            {t.account.claimStatus[claim.status] ?? claim.status}
            {claim.deal && claim.status === "claimed" && ` · ${t.account.validUntil(formatLastDay(claim.deal.ends_at, locale))}`}
          </p>
          {claim.status === "claimed" && (
            <>
              <p>
                {t.account.claimCode} : <strong className="claim__code">{claim.code}</strong>
              </p>
              <QrCode payload={claim.qr_payload} label={t.account.qrOf(claim.code)} />
            </>
          )}
        </li>
      ))}
    </ul>
  )
}
