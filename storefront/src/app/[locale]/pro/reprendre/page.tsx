import type { Metadata } from "next"
import { ActionForm } from "@/components/pro/action-form"
import { ProHeader } from "@/components/pro/pro-header"
import { getDictionary } from "@/lib/i18n"
import { claimAction } from "./actions"

export const dynamic = "force-dynamic"

type Props = { searchParams: Promise<{ fait?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.steer.claimTitle }
}

/** "C'est mon commerce" : the owner of an establishment the commune imported asks to run its vitrine. */
export default async function ClaimPage({ searchParams }: Props) {
  const [{ t }, { fait }] = await Promise.all([getDictionary(), searchParams])
  return (
    <>
      <ProHeader t={t} />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.steer.claimTitle}</h1>
        <p>{t.steer.claimIntro}</p>
        <p role="status" className="form-ok">
          {fait === "envoyee" ? t.steer.claimSent : ""}
        </p>
        <ActionForm action={claimAction} submit={t.steer.claimSubmit}>
          <p className="field">
            <label htmlFor="claim-siret">{t.steer.claimSiret}</label>
            <input id="claim-siret" name="siret" inputMode="numeric" required autoComplete="off" />
          </p>
          <p className="field">
            <label htmlFor="claim-name">{t.steer.claimName}</label>
            <input id="claim-name" name="name" required minLength={2} maxLength={120} autoComplete="name" />
          </p>
          <p className="field">
            <label htmlFor="claim-email">{t.steer.email}</label>
            <input id="claim-email" name="email" type="email" required autoComplete="email" />
          </p>
          <p className="field">
            <label htmlFor="claim-phone">{t.steer.claimPhone}</label>
            <input id="claim-phone" name="phone" type="tel" autoComplete="tel" />
          </p>
          <p className="field">
            <label htmlFor="claim-message">{t.steer.claimMessage}</label>
            <textarea id="claim-message" name="message" rows={3} maxLength={1000} />
          </p>
        </ActionForm>
      </main>
    </>
  )
}
