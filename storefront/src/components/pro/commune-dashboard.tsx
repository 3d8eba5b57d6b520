import { Link } from "@/i18n/navigation"
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries"
import { formatDateTime } from "@/lib/i18n/dates"
import { listFallbackCases, listOverseenAssociations, listScopeSellers } from "@/lib/pro/steer"
import { TableRegion } from "@/components/table-region"

type Props = { t: Dictionary; locale: Locale; commune: { id: string; name: string; slug: string } }

/** A commune agent's landing page: its establishments by status, the associations serving it, and its fallback queue. */
export async function CommuneDashboard({ t, locale, commune }: Props) {
  const [{ sellers, by_status }, associations, fallback] = await Promise.all([
    listScopeSellers(),
    listOverseenAssociations(),
    listFallbackCases(),
  ])
  return (
    <>
      <h2>{t.steer.communeDashboard(commune.name)}</h2>
      <p className="pro-links">
        <Link href="/pro/commune">{t.steer.branding}</Link> · <Link href="/pro/commune/repartition">{t.steer.costSplit}</Link> ·{" "}
        <Link href="/pro/commune/statistiques">{t.steer.statistics}</Link> ·{" "}
        <Link href="/pro/commune/cles">{t.steer.partnerKeys}</Link> ·{" "}
        <Link href="/pro/commune/import">{t.steer.importTitle}</Link> ·{" "}
        <Link href="/pro/commune/reprises">{t.steer.claims}</Link> ·{" "}
        <Link href={`/${commune.slug}`}>{t.pro.seePortal}</Link>
      </p>
      <section aria-labelledby="par-statut">
        <h3 id="par-statut">{t.steer.establishmentsByStatus}</h3>
        <dl className="stat-tiles">
          {Object.entries(by_status).map(([status, count]) => (
            <div key={status} className="stat-tile">
              <dt>{t.steer.sellerStatuses[status] ?? status}</dt>
              <dd>{count}</dd>
            </div>
          ))}
        </dl>
        <details>
          <summary>{t.steer.allEstablishments}</summary>
          <TableRegion caption={t.steer.establishmentsCaption}>
            <thead>
              <tr>
                <th scope="col">{t.steer.establishment}</th>
                <th scope="col">{t.steer.status}</th>
                <th scope="col">{t.steer.mode}</th>
              </tr>
            </thead>
            <tbody>
              {sellers.map((seller) => (
                <tr key={seller.id}>
                  <th scope="row">
                    {seller.status === "open" ? (
                      <Link href={`/${seller.commune.slug}/etablissements/${seller.handle}`}>{seller.name}</Link>
                    ) : (
                      seller.name
                    )}
                  </th>
                  <td>{t.steer.sellerStatuses[seller.status] ?? seller.status}</td>
                  <td>{t.pro.modes[seller.commerce_mode] ?? seller.commerce_mode}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        </details>
      </section>
      <section aria-labelledby="associations-commune">
        <h3 id="associations-commune">{t.steer.associations}</h3>
        {associations.length === 0 ? (
          <p>{t.steer.noAssociations}</p>
        ) : (
          <ul className="pro-links">
            {associations.map((a) => (
              <li key={a.id}>
                <Link href={`/pro/associations/${a.id}`}>{t.steer.members(a.name)}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="file-de-repli">
        <h3 id="file-de-repli">{t.steer.fallbackQueue}</h3>
        <p>{t.steer.fallbackIntro}</p>
        {fallback.length === 0 ? (
          <p>{t.steer.noFallback}</p>
        ) : (
          <ul className="results">
            {fallback.map((c) => (
              <li key={c.id} className="result">
                <Link href={`/pro/moderation/${c.id}`}>{t.pro.caseTitle(t.pro.subjects[c.subject] ?? c.subject, c.seller?.name ?? "")}</Link>
                <p className="result__meta">{t.pro.submittedOn(formatDateTime(c.created_at, locale))}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
