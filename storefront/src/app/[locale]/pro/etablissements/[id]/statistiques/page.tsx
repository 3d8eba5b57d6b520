import type { Metadata } from "next"
import { ProHeader } from "@/components/pro/pro-header"
import { StatsSummary } from "@/components/pro/stats-summary"
import { getDictionary } from "@/lib/i18n"
import { getOwnSeller } from "@/lib/pro/merchant"
import { orNotFound, requirePro } from "@/lib/pro/session"
import { sellerStatistics, sellerTag } from "@/lib/pro/statistics"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.steer.statistics, robots: { index: false } }
}

const MERCHANT_INDICATORS = ["vitrine_view", "tag_scan", "deal_claim", "deal_redemption", "reservation", "order"] as const

/** A merchant's figures for its establishment, and its QR code / NFC kit. */
export default async function MerchantStatistics({ params }: Props) {
  const [{ locale, t }, { id }] = await Promise.all([getDictionary(), params, requirePro("merchant")])
  const [seller, summary, tag] = await Promise.all([orNotFound(getOwnSeller(id)), orNotFound(sellerStatistics(id)), orNotFound(sellerTag(id))])
  const kit = (format: string) => `/pro/etablissements/${encodeURIComponent(seller.id)}/kit/${format}`
  return (
    <>
      <ProHeader t={t} actor="merchant" />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.steer.statisticsOf(seller.name)}</h1>
        <p>{t.steer.statisticsIntro}</p>
        <StatsSummary t={t} locale={locale} summary={summary} indicators={MERCHANT_INDICATORS} chart="vitrine_view" />
        <section aria-labelledby="kit">
          <h2 id="kit">{t.steer.kit}</h2>
          <p>{t.steer.kitIntro}</p>
          <div className="qr-kit">
            <img src={kit("svg")} alt={t.steer.kitQrAlt(seller.name)} width={192} height={192} />
            <dl>
              <dt>{t.steer.kitCode}</dt>
              <dd>
                <code className="tag-code">{tag.code}</code>
              </dd>
              <dt>{t.steer.kitAddress}</dt>
              <dd>
                <code>{tag.url}</code>
              </dd>
              <dt>{t.steer.kitNdefHex}</dt>
              <dd>
                <code>{tag.ndef_hex}</code>
              </dd>
            </dl>
          </div>
          <ul className="pro-links">
            <li>
              <a href={`${kit("a6")}?telecharger`}>{t.steer.kitA6}</a>
            </li>
            <li>
              <a href={`${kit("a4")}?telecharger`}>{t.steer.kitA4}</a>
            </li>
            <li>
              <a href={`${kit("png")}?telecharger`}>{t.steer.kitPng}</a>
            </li>
            <li>
              <a href={`${kit("svg")}?telecharger`}>{t.steer.kitSvg}</a>
            </li>
            <li>
              <a href={`${kit("ndef")}?telecharger`}>{t.steer.kitNdef}</a>
            </li>
          </ul>
        </section>
      </main>
    </>
  )
}
