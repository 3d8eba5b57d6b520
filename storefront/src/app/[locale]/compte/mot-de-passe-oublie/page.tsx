import type { Metadata } from "next"
import { ResetRequestPage } from "@/components/password/password-pages"
import { SiteHeader } from "@/components/site-header"
import { getDictionary } from "@/lib/i18n"

export const dynamic = "force-dynamic"

type Props = { searchParams: Promise<{ envoye?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.password.requestTitle, robots: { index: false } }
}

export default async function ForgottenPassword({ searchParams }: Props) {
  const [{ t }, { envoye }] = await Promise.all([getDictionary(), searchParams])
  return <ResetRequestPage t={t} header={<SiteHeader t={t} />} actor="customer" sent={!!envoye} />
}
