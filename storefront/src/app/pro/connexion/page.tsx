import type { Metadata } from "next"
import { ProHeader } from "@/components/pro/pro-header"
import { ProSignIn } from "@/components/pro/pro-sign-in"
import { getDictionary } from "@/lib/i18n"

export const dynamic = "force-dynamic"

type Props = { searchParams: Promise<{ expiree?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.pro.signInTitle, robots: { index: false } }
}

export default async function ProSignInPage({ searchParams }: Props) {
  const [{ t }, { expiree }] = await Promise.all([getDictionary(), searchParams])
  return (
    <>
      <ProHeader t={t} />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.pro.signInTitle}</h1>
        {expiree && <p role="status">{t.pro.expired}</p>}
        <p>{t.pro.signInIntro}</p>
        <ProSignIn
          labels={{ iAm: t.pro.iAm, actors: t.pro.actors, email: t.pro.email, password: t.pro.password, signIn: t.pro.signIn }}
        />
      </main>
    </>
  )
}
