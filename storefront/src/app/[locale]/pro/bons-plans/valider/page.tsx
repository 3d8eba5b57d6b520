import type { Metadata } from "next"
import { ProHeader } from "@/components/pro/pro-header"
import { RedeemForm } from "@/components/pro/redeem-form"
import { getDictionary } from "@/lib/i18n"
import { requirePro } from "@/lib/pro/session"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.pro.redeemTitle, robots: { index: false } }
}

/** At the counter: a shopper shows a bon plan's code or QR code, the merchant redeems it once. */
export default async function RedeemPage() {
  const [{ t }] = await Promise.all([getDictionary(), requirePro("merchant")])
  return (
    <>
      <ProHeader t={t} actor="merchant" />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.pro.redeemTitle}</h1>
        <p>{t.pro.redeemIntro}</p>
        <RedeemForm
          labels={{
            code: t.pro.code,
            validate: t.pro.validate,
            scan: t.pro.scan,
            stopScan: t.pro.stopScan,
            scanVideo: t.pro.scanVideo,
          }}
        />
      </main>
    </>
  )
}
