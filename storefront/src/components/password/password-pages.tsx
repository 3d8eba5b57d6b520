import type { ReactNode } from "react"
import type { Dictionary } from "@/lib/i18n/dictionaries"
import { NewPasswordForm, ResetRequestForm } from "./password-forms"

/** "Mot de passe oublié" for shoppers (`actor` fixed) or professionals (who say which access). */
export function ResetRequestPage({ t, header, actor, sent }: { t: Dictionary; header: ReactNode; actor?: "customer"; sent: boolean }) {
  return (
    <>
      {header}
      <main id="contenu" tabIndex={-1}>
        <h1>{t.password.requestTitle}</h1>
        {sent ? (
          <p role="status">{t.password.sent}</p>
        ) : (
          <>
            <p>{t.password.requestIntro}</p>
            <ResetRequestForm
              actor={actor}
              labels={{ email: t.password.email, send: t.password.send, actorLegend: t.pro.iAm, actors: t.pro.actors }}
            />
          </>
        )}
      </main>
    </>
  )
}

/** Where the e-mailed link leads: the new password, checked against the single-use token by Medusa. */
export function ChoosePasswordPage({ t, header, actor, token }: { t: Dictionary; header: ReactNode; actor?: string; token?: string }) {
  return (
    <>
      {header}
      <main id="contenu" tabIndex={-1}>
        <h1>{t.password.chooseTitle}</h1>
        {actor && token ? (
          <NewPasswordForm actor={actor} token={token} labels={{ password: t.password.newPassword, confirm: t.password.confirm, save: t.password.save }} />
        ) : (
          <p role="alert">{t.password.invalidLink}</p>
        )}
      </main>
    </>
  )
}
