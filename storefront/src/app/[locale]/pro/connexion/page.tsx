import type { Metadata } from "next"
import { Link } from "@/i18n/navigation"
import { ProHeader } from "@/components/pro/pro-header"
import { ProSignIn } from "@/components/pro/pro-sign-in"
import { getDictionary } from "@/lib/i18n"

export const dynamic = "force-dynamic"

type Props = { searchParams: Promise<{ expiree?: string; nouveau?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.pro.signInTitle, robots: { index: false } }
}

export default async function ProSignInPage({ searchParams }: Props) {
  const [{ t }, { expiree, nouveau }] = await Promise.all([getDictionary(), searchParams])
  return (
    <>
      <ProHeader t={t} />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.pro.signInTitle}</h1>
        {expiree && <p role="status">{t.pro.expired}</p>}
        {nouveau && <p role="status">{t.password.changed}</p>}
        <p>{t.pro.signInIntro}</p>
        <ProSignIn
          labels={{ iAm: t.pro.iAm, actors: t.pro.actors, email: t.pro.email, password: t.pro.password, signIn: t.pro.signIn }}
        />
        <p>
          <Link href="/pro/mot-de-passe-oublie">{t.password.forgot}</Link>
        </p>
        <p>
          {t.steer.claimPrompt} <Link href="/pro/reprendre">{t.steer.claimTitle}</Link>
        </p>
      </main>
    </>
  )
}
