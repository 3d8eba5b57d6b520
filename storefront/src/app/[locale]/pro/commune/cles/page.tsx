import type { Metadata } from "next"
import { ActionForm } from "@/components/pro/action-form"
import { ProHeader } from "@/components/pro/pro-header"
import { SecretForm } from "@/components/pro/secret-form"
import { getDictionary } from "@/lib/i18n"
import { formatDateTime } from "@/lib/i18n/dates"
import { proFetch, requirePro } from "@/lib/pro/session"
import { createPartnerKeyAction, revokePartnerKeyAction } from "./actions"

export const dynamic = "force-dynamic"

type PartnerKey = { id: string; name: string; prefix: string; created_at: string; revoked_at: string | null; usage: { day: string; count: number }[] }
type Props = { searchParams: Promise<{ fait?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.steer.partnerKeys, robots: { index: false } }
}

/** The commune's keys to the territory API: who has one, how much they use it, revoking; issuing a new one. */
export default async function PartnerKeys({ searchParams }: Props) {
  const [{ locale, t }, { fait }] = await Promise.all([getDictionary(), searchParams, requirePro("agent")])
  const { partner_keys: keys } = await proFetch<{ partner_keys: PartnerKey[] }>("/commune/partner-keys")
  return (
    <>
      <ProHeader t={t} actor="agent" />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.steer.partnerKeys}</h1>
        <p>{t.steer.partnerKeysIntro}</p>
        <p role="status" className="form-ok">
          {fait === "revoquee" ? t.steer.keyRevoked : ""}
        </p>
        {keys.length === 0 ? (
          <p>{t.steer.noKeys}</p>
        ) : (
          <ul className="results">
            {keys.map((key) => (
              <li key={key.id} className="result">
                <h2 className="result__title">{key.name}</h2>
                <p className="result__meta">
                  <code>{key.prefix}…</code> · {t.steer.keyCreated(formatDateTime(key.created_at, locale))} ·{" "}
                  {key.revoked_at ? t.steer.keyRevokedOn(formatDateTime(key.revoked_at, locale)) : t.steer.keyActive}
                </p>
                <p>{t.steer.keyUsage(key.usage.reduce((sum, u) => sum + u.count, 0))}</p>
                {!key.revoked_at && (
                  <ActionForm action={revokePartnerKeyAction} submit={t.steer.revoke(key.name)}>
                    <input type="hidden" name="key_id" value={key.id} />
                  </ActionForm>
                )}
              </li>
            ))}
          </ul>
        )}
        <section aria-labelledby="nouvelle-cle">
          <h2 id="nouvelle-cle">{t.steer.newKey}</h2>
          <SecretForm action={createPartnerKeyAction} submit={t.steer.createKey} shown={t.steer.keyShownOnce}>
            <p className="field">
              <label htmlFor="partner-name">{t.steer.partnerName}</label>
              <input id="partner-name" name="name" required minLength={2} maxLength={120} />
            </p>
          </SecretForm>
        </section>
      </main>
    </>
  )
}
