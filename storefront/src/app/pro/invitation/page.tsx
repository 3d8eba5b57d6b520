import type { Metadata } from "next"
import { InviteForm } from "@/components/pro/invite-form"
import { ProHeader } from "@/components/pro/pro-header"
import { getDictionary } from "@/lib/i18n"

export const dynamic = "force-dynamic"

type Props = { searchParams: Promise<{ jeton?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.pro.inviteTitle, robots: { index: false } }
}

/** Where a merchant's invitation link leads (`?jeton=…`). */
export default async function InvitationPage({ searchParams }: Props) {
  const [{ t }, { jeton }] = await Promise.all([getDictionary(), searchParams])
  return (
    <>
      <ProHeader t={t} />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.pro.inviteTitle}</h1>
        {jeton ? (
          <>
            <p>{t.pro.inviteIntro}</p>
            <InviteForm
              invite={jeton}
              labels={{ email: t.pro.inviteEmail, firstName: t.account.firstName, lastName: t.account.lastName, password: t.pro.choosePassword, accept: t.pro.accept }}
            />
          </>
        ) : (
          <p>{t.pro.inviteMissing}</p>
        )}
      </main>
    </>
  )
}
