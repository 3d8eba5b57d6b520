import { describe, expect, it } from "vitest"
import { hoursFr } from "../i18n/hours"
import { hoursFromForm, isCalendarDay } from "./hours-form"

const labels = {
  errors: hoursFr.errors,
  range: hoursFr.range,
  dayNames: { mo: "Lundi", tu: "Mardi", we: "Mercredi", th: "Jeudi", fr: "Vendredi", sa: "Samedi", su: "Dimanche" },
  startDate: hoursFr.startDate,
  endDate: "Au",
}

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  Object.entries(fields).forEach(([name, value]) => data.append(name, value))
  return data
}

const splitMonday = { "mo-open-0": "09:00", "mo-close-0": "12:30", "mo-open-1": "14:00", "mo-close-1": "19:00" }

describe("the weekly hours editor's form", () => {
  it("reads a split day, leaves unticked empty days closed and copies Monday to the working days", () => {
    const read = hoursFromForm(form({ ...splitMonday, "sa-open-0": "08:00", "sa-close-0": "13:00", "su-closed": "on", "su-open-0": "09:00", "su-close-0": "12:00" }), labels, { copyMonday: true })
    expect(read).toEqual({
      hours: {
        weekly: {
          mo: [{ open: "09:00", close: "12:30" }, { open: "14:00", close: "19:00" }],
          tu: [{ open: "09:00", close: "12:30" }, { open: "14:00", close: "19:00" }],
          we: [{ open: "09:00", close: "12:30" }, { open: "14:00", close: "19:00" }],
          th: [{ open: "09:00", close: "12:30" }, { open: "14:00", close: "19:00" }],
          fr: [{ open: "09:00", close: "12:30" }, { open: "14:00", close: "19:00" }],
          sa: [{ open: "08:00", close: "13:00" }],
          su: [],
        },
        exceptions: [],
      },
    })
  })

  it("names the day and the range of a wrong or incomplete time", () => {
    expect(hoursFromForm(form({ "tu-open-1": "14:00" }), labels)).toEqual({ error: "Mardi, plage 2 : indiquez l'heure d'ouverture et l'heure de fermeture." })
    expect(hoursFromForm(form({ "we-open-0": "25:00", "we-close-0": "26:00" }), labels)).toEqual({ error: "Mercredi, plage 1 : heure invalide, au format HH:MM (par exemple 09:30)." })
    expect(hoursFromForm(form({ "mo-open-0": "09:00", "mo-close-0": "13:00", "mo-open-1": "12:00", "mo-close-1": "18:00" }), labels)).toEqual({ error: "Lundi : les plages se chevauchent." })
    expect(hoursFromForm(form({ "fr-open-0": "18:00", "fr-close-0": "02:00", "fr-open-1": "20:00", "fr-close-1": "22:00" }), labels)).toEqual({ error: "Vendredi : seule la dernière plage peut finir après minuit." })
  })

  it("accepts a night past midnight as the day's last range", () => {
    const read = hoursFromForm(form({ "fr-open-0": "11:00", "fr-close-0": "14:00", "fr-open-1": "18:00", "fr-close-1": "02:00" }), labels)
    expect(read).toMatchObject({ hours: { weekly: { fr: [{ open: "11:00", close: "14:00" }, { open: "18:00", close: "02:00" }] } } })
  })

  it("keeps the exceptions not removed and adds an annual closure", () => {
    const read = hoursFromForm(
      form({
        "exception-0-date": "2026-12-25", "exception-0-ranges": "", "exception-0-label": "Noël",
        "exception-1-date": "2026-12-24", "exception-1-ranges": "07:00-17:00", "exception-1-remove": "on",
        "exception-2-date": "2027-01-01", "exception-2-until": "2027-01-02", "exception-2-ranges": "",
        "new-date": "2027-08-03", "new-until": "2027-08-18", "new-label": "Fermeture annuelle",
      }),
      labels
    )
    expect(read).toMatchObject({
      hours: {
        exceptions: [
          { date: "2026-12-25", ranges: [], label: "Noël" },
          { date: "2027-01-01", until: "2027-01-02", ranges: [] },
          { date: "2027-08-03", until: "2027-08-18", ranges: [], label: "Fermeture annuelle" },
        ],
      },
    })
  })

  it("refuses impossible, reversed or endless closures, naming the field", () => {
    expect(hoursFromForm(form({ "new-until": "2027-08-18" }), labels)).toEqual({ error: hoursFr.errors.dateMissing })
    expect(hoursFromForm(form({ "new-date": "2027-02-30" }), labels)).toEqual({ error: "Fermeture exceptionnelle : la date du champ « Du » n'existe pas." })
    expect(hoursFromForm(form({ "new-date": "2027-08-18", "new-until": "2027-08-03" }), labels)).toEqual({ error: hoursFr.errors.untilBefore })
    expect(hoursFromForm(form({ "new-date": "2027-01-01", "new-until": "2028-06-01" }), labels)).toEqual({ error: hoursFr.errors.tooLong })
    expect(hoursFromForm(form({ "new-date": "2027-01-01", "new-label": "x".repeat(81) }), labels)).toEqual({ error: hoursFr.errors.noteTooLong })
    expect(hoursFromForm(form({ "new-date": "2027-12-24", "new-open": "07:00" }), labels)).toEqual({ error: "Du : indiquez l'heure d'ouverture et l'heure de fermeture." })
  })

  it("knows real calendar days", () => {
    expect(["2026-02-28", "2028-02-29"].map(isCalendarDay)).toEqual([true, true])
    expect(["2026-02-29", "2026-13-01", "26-01-01", "2026-01-01T00:00", "\u0000"].map(isCalendarDay)).toEqual([false, false, false, false, false])
  })
})
