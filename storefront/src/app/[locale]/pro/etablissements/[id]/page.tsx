import { emptyWeek } from "@enjoy/kernel/opening-hours"
import type { Metadata } from "next"
import { Link } from "@/i18n/navigation"
import { ActionForm } from "@/components/pro/action-form"
import { ProHeader } from "@/components/pro/pro-header"
import { HoursEditor } from "@/components/pro/hours-editor"
import { PhotoEditor } from "@/components/pro/photo-editor"
import { ProfileFields } from "@/components/pro/profile-fields"
import { VitrinePreview } from "@/components/pro/vitrine-preview"
import { getDictionary } from "@/lib/i18n"
import { vitrinePath } from "@/lib/paths"
import { photoMetaByUrl } from "@/lib/sellers"
import { vitrineEditorData } from "@/lib/pro/merchant"
import { ONBOARDING_ITEMS, onboarding } from "@/lib/pro/onboarding"
import { orNotFound, requirePro } from "@/lib/pro/session"
import { arrangePhotosAction, changeModeAction, importHoursAction, membershipAction, saveHoursAction, saveProfileAction, submitVitrineAction, uploadPhotosAction } from "./actions"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ fait?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.pro.dashboard, robots: { index: false } }
}

/** The merchant's vitrine editor: getting-started list, description, hours, photos, going online, pending proposals. */
export default async function VitrineEditor({ params, searchParams }: Props) {
  const [{ t, locale }, { id }, { fait }] = await Promise.all([getDictionary(), params, searchParams, requirePro("merchant")])
  const { seller, osm, products, deals, kit, proposals, memberships } = await orNotFound(vitrineEditorData(id))
  const steps = onboarding({ ...seller, products, deals, kit })
  const done: Record<string, string> = {
    profil: t.pro.profileSaved,
    "profil-en-attente": t.pro.profileHeld,
    horaires: t.hours.saved,
    "horaires-copies": t.hours.copied,
    photos: t.photos.added,
    "photos-ordre": t.photos.saved,
    demande: t.pro.submitted,
    mode: t.pro.modeSaved,
    adhesion: t.pro.membershipSaved,
  }
  const hidden = <input type="hidden" name="seller_id" value={seller.id} />
  return (
    <>
      <ProHeader t={t} actor="merchant" />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.pro.editVitrine(seller.name)}</h1>
        <p role="status" className="form-ok">
          {fait ? (done[fait] ?? "") : ""}
        </p>
        <p>
          {t.pro.statusIs(t.pro.statusLabels[seller.status] ?? seller.status)}
          {seller.status === "open" && seller.commune && (
            <>
              {" "}— <Link href={vitrinePath(seller.commune.slug, seller.handle)}>{seller.name}</Link>
            </>
          )}
        </p>

        <section aria-labelledby="demarrer">
          <h2 id="demarrer">{t.pro.checklist}</h2>
          <ul className="checklist">
            {ONBOARDING_ITEMS.map((item) => (
              <li key={item} data-done={steps[item]}>
                {t.pro.checklistItems[item]} — <strong>{steps[item] ? t.pro.done : t.pro.todo}</strong>
              </li>
            ))}
          </ul>
        </section>

        {/* The preview beside the forms on wide screens (sticky), above them as a tab on phones. */}
        <div className="editor">
          <VitrinePreview t={t} seller={seller} cases={proposals} osm={osm} />
          <div className="editor__forms">

            <section aria-labelledby="presentation">
              <h2 id="presentation">{t.pro.profileHeading}</h2>
              <ActionForm action={saveProfileAction} submit={t.pro.saveProfile}>
                {hidden}
                <ProfileFields t={t} seller={seller} prefix="vitrine" />
              </ActionForm>
            </section>

            <HoursEditor
              hours={seller.opening_hours ?? { weekly: emptyWeek(), exceptions: [] }}
              osm={osm}
              sellerId={seller.id}
              t={t}
              locale={locale}
              save={saveHoursAction}
              importOsm={importHoursAction}
            />

            <PhotoEditor
              photos={seller.photos ?? []}
              meta={photoMetaByUrl(seller.photo_meta)}
              sellerId={seller.id}
              t={t}
              arrange={arrangePhotosAction}
              upload={uploadPhotosAction}
            />

            <section aria-labelledby="mode">
              <h2 id="mode">{t.pro.modeHeading}</h2>
              <p>{t.pro.modeIntro}</p>
              <p>{t.pro.currentMode(t.pro.modes[seller.commerce_mode] ?? seller.commerce_mode)}</p>
              <ActionForm action={changeModeAction} submit={t.pro.changeMode}>
                {hidden}
                <fieldset>
                  <legend className="visually-hidden">{t.pro.modeHeading}</legend>
                  {Object.entries(t.pro.modes).map(([mode, label]) => (
                    <p key={mode} className="field--check">
                      <input id={`mode-${mode}`} type="radio" name="commerce_mode" value={mode} defaultChecked={mode === seller.commerce_mode} />
                      <label htmlFor={`mode-${mode}`}>{label}</label>
                    </p>
                  ))}
                </fieldset>
              </ActionForm>
            </section>

            <section aria-labelledby="associations">
              <h2 id="associations">{t.pro.associationsHeading}</h2>
              <p>{t.pro.associationsIntro}</p>
              {memberships.length === 0 ? (
                <p>{t.pro.noAssociation}</p>
              ) : (
                <ul className="results">
                  {memberships.map((m) => (
                    <li key={m.id} className="result">
                      <h3 className="result__title">{m.association.name}</h3>
                      <p className="result__meta">{t.pro.membershipStatuses[m.status] ?? m.status}</p>
                      {m.status !== "active" ? (
                        <ActionForm action={membershipAction} submit={t.pro.join(m.association.name)}>
                          {hidden}
                          <input type="hidden" name="association_id" value={m.association.id} />
                          <input type="hidden" name="status" value="active" />
                        </ActionForm>
                      ) : (
                        <ActionForm action={membershipAction} submit={t.pro.leave(m.association.name)}>
                          {hidden}
                          <input type="hidden" name="association_id" value={m.association.id} />
                          <input type="hidden" name="status" value="left" />
                        </ActionForm>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>

            <section aria-labelledby="demandes">
              <h2 id="demandes">{t.pro.moderationHeading}</h2>
              {proposals.length === 0 ? (
                <p>{t.pro.noProposals}</p>
              ) : (
                <ul>
                  {proposals.map((p) => (
                    <li key={p.id}>
                      {t.pro.subjects[p.subject] ?? p.subject} — {t.pro.caseStatuses[p.status] ?? p.status}
                      {p.reason && ` — ${t.pro.reasonWas(p.reason)}`}
                    </li>
                  ))}
                </ul>
              )}
            </section>

            {seller.status === "draft" && (
              <section aria-labelledby="mise-en-ligne">
                <h2 id="mise-en-ligne">{t.pro.submitHeading}</h2>
                <p>{t.pro.submitIntro}</p>
                <ActionForm action={submitVitrineAction} submit={t.pro.submit}>
                  {hidden}
                </ActionForm>
              </section>
            )}
          </div>
        </div>
      </main>
    </>
  )
}
