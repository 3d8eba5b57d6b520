import type { Dictionary } from "@/lib/i18n/dictionaries"
import type { OwnSeller, Proposal } from "@/lib/pro/merchant"
import { previewProfile } from "@/lib/pro/preview"

/**
 * What shoppers will see at the top of the vitrine once pending changes are
 * approved; the fields awaiting approval are marked, in words and not only by colour.
 */
export function VitrinePreview({ t, seller, cases, osm }: { t: Dictionary; seller: OwnSeller; cases: Proposal[]; osm: string }) {
  const { profile, pending } = previewProfile(seller, cases)
  const mark = (field: string) => (pending.includes(field) ? <span className="preview__pending"> ({t.pro.pendingMark})</span> : null)
  const photo = (profile.photos ?? [])[0]
  return (
    <section aria-labelledby="apercu" className="preview">
      <h2 id="apercu">{t.pro.previewHeading}</h2>
      <p>{pending.length ? t.pro.previewWithPending : t.pro.previewPublished}</p>
      <div className="preview__card">
        {/* The merchant's own photo as uploaded: a plain image, not an optimised public asset. */}
        {photo && <img src={photo} alt="" className="preview__photo" />}
        <p className="preview__name">
          {profile.name}
          {mark("name")}
        </p>
        <p>
          {profile.description || t.pro.noDescription}
          {mark("description")}
        </p>
        <p>
          {profile.phone ?? ""}
          {mark("phone")} {profile.email ?? ""}
          {mark("email")}
        </p>
        {osm && <p>{osm}</p>}
      </div>
    </section>
  )
}
