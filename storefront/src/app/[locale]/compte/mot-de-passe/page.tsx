import type { Metadata } from "next"
import { ChoosePasswordPage } from "@/components/password/password-pages"
import { SiteHeader } from "@/components/site-header"
import { getDictionary } from "@/lib/i18n"

export const dynamic = "force-dynamic"

type Props = { searchParams: Promise<{ jeton?: string; acteur?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.password.chooseTitle, robots: { index: false } }
}

export default async function ChoosePassword({ searchParams }: Props) {
  const [{ t }, { jeton, acteur }] = await Promise.all([getDictionary(), searchParams])
  return <ChoosePasswordPage t={t} header={<SiteHeader t={t} />} actor={acteur} token={jeton} />
}
