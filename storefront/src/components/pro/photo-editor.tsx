import { ActionForm } from "@/components/pro/action-form"
import type { Dictionary } from "@/lib/i18n/dictionaries"
import type { PhotoMeta } from "@/lib/sellers"

type Action = (state: { error?: string }, form: FormData) => Promise<{ error?: string }>

/** A photo's preview: its narrowest stored width (ours already: no optimiser needed), at its proportions. */
function Preview({ url, meta }: { url: string; meta?: PhotoMeta | null }) {
  const smallest = meta?.srcset?.[0]
  return (
    <img
      src={smallest?.url ?? url}
      width={smallest?.width || 160}
      height={smallest && meta?.width ? Math.round((smallest.width * meta.height) / meta.width) : 100}
      alt=""
      loading="lazy"
      className="photo-editor__preview"
    />
  )
}

/**
 * The vitrine's photos for a merchant on a phone: each with its preview, its alternative text (or
 * "décorative"), its position, the cover choice and removal, saved together; then one more photo
 * sent with its text. Without JavaScript both forms post as they are.
 */
export function PhotoEditor({ photos, meta, sellerId, t, arrange, upload }: {
  photos: string[]
  meta: Record<string, PhotoMeta>
  sellerId: string
  t: Dictionary
  arrange: Action
  upload: Action
}) {
  const hidden = <input type="hidden" name="seller_id" value={sellerId} />
  return (
    <section aria-labelledby="photos" className="photo-editor">
      <h2 id="photos">{t.photos.heading}</h2>
      <p className="field__hint">{t.photos.intro}</p>
      {photos.length === 0 ? (
        <p>{t.photos.none}</p>
      ) : (
        <ActionForm action={arrange} submit={t.photos.save}>
          {hidden}
          <ol className="photo-editor__list">
            {photos.map((url, i) => {
              const known = meta[url]
              const id = `photo-${i}`
              return (
                <li key={url}>
                  <fieldset className="photo-editor__item">
                    <legend>{t.photos.photo(i + 1)}</legend>
                    <input type="hidden" name={`${id}-url`} value={url} />
                    <Preview url={url} meta={known} />
                    <div className="photo-editor__fields">
                      <p className="field">
                        <label htmlFor={`${id}-alt`}>{t.photos.alt}</label>
                        <input id={`${id}-alt`} name={`${id}-alt`} defaultValue={known?.alt ?? ""} maxLength={250} aria-describedby="photo-alt-help" />
                      </p>
                      <p className="field--check">
                        <input id={`${id}-decorative`} type="checkbox" name={`${id}-decorative`} defaultChecked={!!known?.decorative} />
                        <label htmlFor={`${id}-decorative`}>{t.photos.decorative}</label>
                      </p>
                      <p className="field--check">
                        <input id={`${id}-cover`} type="radio" name="cover" value={url} defaultChecked={i === 0} />
                        <label htmlFor={`${id}-cover`}>{t.photos.cover}</label>
                      </p>
                      <p className="field">
                        <label htmlFor={`${id}-position`}>{t.photos.position}</label>
                        <select id={`${id}-position`} name={`${id}-position`} defaultValue={String(i + 1)}>
                          {photos.map((_, n) => (
                            <option key={n} value={n + 1}>
                              {n + 1}
                            </option>
                          ))}
                        </select>
                      </p>
                      <p className="field--check">
                        <input id={`${id}-remove`} type="checkbox" name={`${id}-remove`} />
                        <label htmlFor={`${id}-remove`}>{t.photos.remove}</label>
                      </p>
                    </div>
                  </fieldset>
                </li>
              )
            })}
          </ol>
          <p id="photo-alt-help" className="field__hint">
            {t.photos.altHelp}
          </p>
        </ActionForm>
      )}

      <h3 id="ajouter-photo">{t.photos.add}</h3>
      <ActionForm action={upload} submit={t.photos.upload}>
        {hidden}
        <p className="field">
          <label htmlFor="vitrine-files">{t.photos.file}</label>
          <input id="vitrine-files" name="files" type="file" accept="image/jpeg,image/png,image/webp,image/avif" />
        </p>
        <p className="field">
          <label htmlFor="vitrine-new-alt">{t.photos.alt}</label>
          <input id="vitrine-new-alt" name="alt" maxLength={250} aria-describedby="vitrine-new-alt-help" />
          <span id="vitrine-new-alt-help" className="field__hint">
            {t.photos.altHelp}
          </span>
        </p>
        <p className="field--check">
          <input id="vitrine-new-decorative" type="checkbox" name="decorative" />
          <label htmlFor="vitrine-new-decorative">{t.photos.decorative}</label>
        </p>
      </ActionForm>
    </section>
  )
}
