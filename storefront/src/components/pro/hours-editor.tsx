import { WEEKDAYS, type OpeningHours, type Weekday } from "@enjoy/kernel/opening-hours"
import { ActionForm } from "@/components/pro/action-form"
import { upperFirst } from "@/lib/i18n/case"
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries"
import { RANGES_SHOWN, rangesField } from "@/lib/pro/hours-form"
import { exceptionText } from "@/lib/vitrine/closures"

type Action = (state: { error?: string }, form: FormData) => Promise<{ error?: string }>

/** One day of the usual week: "Fermé" hides its ranges (CSS), empty ranges mean closed too. */
function DayFields({ day, hours, t }: { day: Weekday; hours: OpeningHours; t: Dictionary }) {
  const ranges = hours.weekly[day] ?? []
  const name = upperFirst(t.weekdays[day])
  const rows = Math.max(RANGES_SHOWN, ranges.length)
  return (
    <fieldset className="hours-day">
      <legend>{name}</legend>
      <p className="field--check">
        <input id={`hours-${day}-closed`} type="checkbox" name={`${day}-closed`} defaultChecked={!ranges.length} />
        <label htmlFor={`hours-${day}-closed`}>{t.hours.closed}</label>
      </p>
      <div className="hours-day__ranges">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="hours-range" role="group" aria-label={t.hours.range(name, i + 1)}>
            <p className="field">
              <label htmlFor={`hours-${day}-open-${i}`}>{t.hours.from}</label>
              <input id={`hours-${day}-open-${i}`} type="time" name={`${day}-open-${i}`} defaultValue={ranges[i]?.open ?? ""} />
            </p>
            <p className="field">
              <label htmlFor={`hours-${day}-close-${i}`}>{t.hours.to}</label>
              <input id={`hours-${day}-close-${i}`} type="time" name={`${day}-close-${i}`} defaultValue={ranges[i]?.close ?? ""} />
            </p>
          </div>
        ))}
      </div>
    </fieldset>
  )
}

/**
 * The merchant's opening hours without OpenStreetMap syntax: the usual week day by day, the
 * exceptional closures kept or removed, one more added; the raw OSM value under "mode avancé".
 */
export function HoursEditor({ hours, osm, sellerId, t, locale, save, importOsm }: {
  hours: OpeningHours
  osm: string
  sellerId: string
  t: Dictionary
  locale: Locale
  save: Action
  importOsm: Action
}) {
  const hidden = <input type="hidden" name="seller_id" value={sellerId} />
  return (
    <section aria-labelledby="horaires" className="hours-editor">
      <h2 id="horaires">{t.hours.heading}</h2>
      <ActionForm action={save} submit={t.hours.save}>
        {hidden}
        <fieldset className="hours-week">
          <legend>{t.hours.week}</legend>
          <p className="field__hint">{t.hours.intro}</p>
          {WEEKDAYS.map((day) => (
            <DayFields key={day} day={day} hours={hours} t={t} />
          ))}
        </fieldset>
        <p className="hours-copy">
          <button type="submit" name="intent" value="copy" className="button button--quiet" aria-describedby="hours-copy-help">
            {t.hours.copyWeekdays}
          </button>
          <span id="hours-copy-help" className="field__hint">
            {t.hours.copyWeekdaysHelp}
          </span>
        </p>

        <fieldset className="hours-exceptions">
          <legend>{t.hours.exceptionsHeading}</legend>
          <p className="field__hint">{t.hours.exceptionsIntro}</p>
          {hours.exceptions.length === 0 ? (
            <p>{t.hours.noExceptions}</p>
          ) : (
            <ul className="hours-exceptions__list">
              {hours.exceptions.map((exception, i) => {
                const text = exceptionText(exception, locale, t.hours)
                return (
                  <li key={`${exception.date}-${i}`}>
                    <input type="hidden" name={`exception-${i}-date`} value={exception.date} />
                    <input type="hidden" name={`exception-${i}-until`} value={exception.until ?? ""} />
                    <input type="hidden" name={`exception-${i}-label`} value={exception.label ?? ""} />
                    <input type="hidden" name={`exception-${i}-ranges`} value={rangesField(exception.ranges)} />
                    <span>{text}</span>
                    <span className="field--check">
                      <input id={`exception-${i}-remove`} type="checkbox" name={`exception-${i}-remove`} />
                      <label htmlFor={`exception-${i}-remove`}>{t.hours.remove(text)}</label>
                    </span>
                  </li>
                )
              })}
            </ul>
          )}
          <fieldset className="hours-new">
            <legend>{t.hours.newException}</legend>
            <p className="field">
              <label htmlFor="hours-new-date">{t.hours.startDate}</label>
              <input id="hours-new-date" type="date" name="new-date" />
            </p>
            <p className="field">
              <label htmlFor="hours-new-until">{t.hours.endDate}</label>
              <input id="hours-new-until" type="date" name="new-until" />
            </p>
            <p className="field">
              <label htmlFor="hours-new-label">{t.hours.note}</label>
              <input id="hours-new-label" name="new-label" maxLength={80} placeholder={t.hours.notePlaceholder} />
            </p>
            <p id="hours-new-help" className="field__hint">
              {t.hours.specialHours}
            </p>
            <div className="hours-range" role="group" aria-label={t.hours.specialHours}>
              <p className="field">
                <label htmlFor="hours-new-open">{t.hours.from}</label>
                <input id="hours-new-open" type="time" name="new-open" aria-describedby="hours-new-help" />
              </p>
              <p className="field">
                <label htmlFor="hours-new-close">{t.hours.to}</label>
                <input id="hours-new-close" type="time" name="new-close" aria-describedby="hours-new-help" />
              </p>
            </div>
          </fieldset>
        </fieldset>
      </ActionForm>

      <details className="hours-advanced">
        <summary>{t.hours.advanced}</summary>
        <ActionForm action={importOsm} submit={t.hours.importOsm}>
          {hidden}
          <p className="field">
            <label htmlFor="vitrine-hours">{t.hours.osm}</label>
            <input id="vitrine-hours" name="osm" defaultValue={osm} aria-describedby="vitrine-hours-help" />
            <span id="vitrine-hours-help" className="field__hint">
              {t.hours.advancedHelp}
            </span>
          </p>
        </ActionForm>
      </details>
    </section>
  )
}
