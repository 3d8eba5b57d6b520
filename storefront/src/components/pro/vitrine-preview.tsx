import { LiveText, OpenOnWideScreens } from "@/components/pro/live-text"
import type { Dictionary } from "@/lib/i18n/dictionaries"
import type { OwnSeller, Proposal } from "@/lib/pro/merchant"
import { previewProfile } from "@/lib/pro/preview"
import { photoMetaByUrl } from "@/lib/sellers"

/**
 * What shoppers will see at the top of the vitrine, in a phone's width, once pending changes are
 * approved; the fields awaiting approval are marked, in words and not only by colour. The description
 * and contact follow the form as the merchant types. Beside the form on wide screens, a tab to open
 * on phones (a disclosure: it works without JavaScript, closed).
 */
export function VitrinePreview({ t, seller, cases, osm }: { t: Dictionary; seller: OwnSeller; cases: Proposal[]; osm: string }) {
  const { profile, pending } = previewProfile(seller, cases)
  const mark = (field: string) => (pending.includes(field) ? <span className="preview__pending"> ({t.pro.pendingMark})</span> : null)
  const cover = (profile.photos ?? [])[0]
  const coverSmall = cover ? (photoMetaByUrl(seller.photo_meta)[cover]?.srcset?.[0]?.url ?? cover) : null
  return (
    <details id="apercu-vitrine" className="preview">
      <summary>
        <h2 id="apercu">{t.pro.previewHeading}</h2>
      </summary>
      <OpenOnWideScreens target="apercu-vitrine" />
      <p>{pending.length ? t.pro.previewWithPending : t.pro.previewPublished}</p>
      <div className="preview__card">
        {/* The merchant's own photo, its narrowest stored width: a plain image, not an optimised public asset. */}
        {coverSmall && <img src={coverSmall} alt="" className="preview__photo" />}
        <p className="preview__name">
          {profile.name}
          {mark("name")}
        </p>
        <p>
          <LiveText source="vitrine-description" initial={(profile.description as string | null) ?? ""} empty={t.pro.noDescription} />
          {mark("description")}
        </p>
        <p>
          <LiveText source="vitrine-phone" initial={(profile.phone as string | null) ?? ""} />
          {mark("phone")} <LiveText source="vitrine-email" initial={(profile.email as string | null) ?? ""} />
          {mark("email")}
        </p>
        {osm && <p>{osm}</p>}
      </div>
    </details>
  )
}
