import { DateTime } from "luxon"
import { PARIS, words } from "@enjoy/kernel"
import { DEAL_WORDS, FREE_WORDS, OUTING_WORDS } from "./intents-fr"

/** The bons plans kinds each deal word asks for (none: every kind). */
const DISCOUNT_KINDS = ["percent", "amount"]
const GIFT_KINDS = ["gift", "bundle"]

export type Intent = {
  /** The words left to search once the intent's own words are taken out; undefined when none are left. */
  text?: string
  /** Bons plans are wanted: of these kinds, or of any kind when `kinds` is undefined. */
  deal?: { kinds?: string[] }
  /** Something to do: events (free ones only when `free`) and cultural sites, within `window` when a date was said. */
  outing?: { free: boolean; window?: { from: Date; to: Date } }
}

/** The query's folded words, from which the intents' phrases are taken out one list at a time. */
function phraseReader(text: string) {
  let rest = ` ${text} `
  return {
    /** Whether one of the phrases occurs (whole words), taking every occurrence out; longest first ("ce week end" before "week end"). */
    take(phrases: readonly string[]): boolean {
      let found = false
      for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
        while (rest.includes(` ${phrase} `)) {
          found = true
          rest = rest.replace(` ${phrase} `, " ")
        }
      }
      return found
    },
    /** Whether one of the phrases occurs, leaving it in place. */
    has: (phrases: readonly string[]) => phrases.some((phrase) => rest.includes(` ${phrase} `)),
    rest: () => rest.trim() || undefined,
  }
}

/** Today's or this weekend's window in Paris (this weekend while in it; Saturday to Monday midnight). */
function windowOf(which: "today" | "weekend", at: Date): { from: Date; to: Date } {
  const now = DateTime.fromJSDate(at, { zone: PARIS })
  if (which === "today") {
    const from = now.startOf("day")
    return { from: from.toJSDate(), to: from.plus({ days: 1 }).toJSDate() }
  }
  // Weeks start on Monday (ISO): its Saturday is this weekend's, also on the Sunday itself.
  const saturday = now.startOf("week").plus({ days: 5 })
  return { from: saturday.toJSDate(), to: saturday.plus({ days: 2 }).toJSDate() }
}

/**
 * What a query asks for beyond its words: "promo", "-20 %", "bon plan" ask for bons plans; "sortie",
 * "que faire", "en famille", "ce week-end" for something to do. Null when it is an ordinary query.
 */
export function readIntent(q: string, at: Date): Intent | null {
  // "-20 %", "20%": a percentage is a discount; taken out before the words lose their signs.
  const percent = /-?\s*\d{1,3}\s*%/g
  const hasPercent = percent.test(q)
  const read = phraseReader(words(q.replace(percent, " ")).join(" "))
  const discount = read.take(DEAL_WORDS.discount) || hasPercent
  const gift = read.take(DEAL_WORDS.gift)
  const anyDeal = read.take(DEAL_WORDS.any)
  const free = read.take(FREE_WORDS)
  const dropped = read.take(OUTING_WORDS.dropped)
  const weekend = read.take(OUTING_WORDS.weekend)
  const today = read.take(OUTING_WORDS.today)
  const kept = read.has(OUTING_WORDS.kept)

  const wantsDeal = discount || gift || anyDeal
  const wantsOuting = dropped || weekend || today || kept
  if (!wantsDeal && !wantsOuting && !free) {
    return null
  }
  const text = read.rest()
  const intent: Intent = { text }
  // "gratuit" alone asks for both: gifts among bons plans and free events.
  if (wantsDeal || (free && !wantsOuting)) {
    const kinds = anyDeal || (discount && (gift || free)) ? undefined : discount ? DISCOUNT_KINDS : GIFT_KINDS
    intent.deal = { kinds }
  }
  if (wantsOuting || (free && !wantsDeal)) {
    intent.outing = { free, ...(weekend || today ? { window: windowOf(today ? "today" : "weekend", at) } : {}) }
  }
  return intent
}
