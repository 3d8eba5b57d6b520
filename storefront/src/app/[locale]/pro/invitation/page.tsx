import type { Metadata } from "next"
import { InviteForm } from "@/components/pro/invite-form"
import { ProHeader } from "@/components/pro/pro-header"
import { getDictionary } from "@/lib/i18n"
import { inviteActor, inviteProfile } from "@/lib/pro/actors"

export const dynamic = "force-dynamic"

type Props = { searchParams: Promise<{ jeton?: string; profil?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.pro.inviteTitle, robots: { index: false } }
}

/** Where an invitation link leads (`?jeton=…`, with `&profil=moderation` or `&profil=commune` for moderators and agents). */
export default async function InvitationPage({ searchParams }: Props) {
  const [{ t }, { jeton, profil }] = await Promise.all([getDictionary(), searchParams])
  const actor = inviteActor(profil)
  return (
    <>
      <ProHeader t={t} />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.pro.inviteTitle}</h1>
        {jeton ? (
          <>
            <p>{t.pro.inviteIntros[actor]}</p>
            <InviteForm
              invite={jeton}
              profile={inviteProfile(actor)}
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
