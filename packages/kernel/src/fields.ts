/**
 * zod building blocks for every route of ours: each refuses what a person would never type and answers
 * in French, naming its field ("starts_at : date impossible"), whatever object it is nested in.
 *
 * zod v4 computes a message once the whole input is parsed, when the issue's path is complete: the
 * `error` functions below read that path, so a block does not need to be told its field's name. Bounds are
 * refinements rather than zod's min/max, whose messages Medusa's validator replaces with its own English.
 */
import { z } from "zod"
import { fieldPath, hasControlCharacter } from "./hostile-input"

type Issue = { path?: PropertyKey[]; code?: string; [key: string]: unknown }

/** "<field> : <problem>", the one format of our 400 messages. */
export function fieldMessage(path: readonly PropertyKey[] | undefined, problem: string): string {
  return `${fieldPath(path ?? []) || "requête"} : ${problem}`
}

/** zod's error option producing a message that names the field. */
export const named = (problem: string) => ({ error: (issue: Issue) => fieldMessage(issue.path, problem) })

/** Trimmed text of at most `max` characters; NUL and other control characters refused. */
export function text(options: { max: number; min?: number }) {
  const { max, min = 0 } = options
  return z
    .string(named("du texte est attendu"))
    .refine((value) => !hasControlCharacter(value), named("caractère de contrôle interdit"))
    .trim()
    .refine((value) => value.length <= max, named(`${max} caractères au plus`))
    .refine((value) => value.length >= min, named(min <= 1 ? "ne peut pas être vide" : `${min} caractères au moins`))
}

/** An e-mail address within RFC 5321's limits (254 characters, 64 before the @), lower-cased. */
export function email() {
  return z
    .string(named("adresse e-mail attendue"))
    .refine((value) => value.length <= 254, { ...named("adresse e-mail trop longue (254 caractères au plus)"), abort: true })
    .trim()
    .toLowerCase()
    .refine(isEmail, named("adresse e-mail invalide"))
}

const EMAIL = /^[^\s@"(),:;<>[\\\]]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value) && !hasControlCharacter(value)
}

/** An absolute http(s) address: javascript:, data:, file: and friends are refused. */
export function httpUrl(options: { max?: number } = {}) {
  const max = options.max ?? 2_000
  return z
    .string(named("adresse web attendue"))
    .refine((value) => value.length <= max, { ...named(`adresse trop longue (${max} caractères au plus)`), abort: true })
    .trim()
    .refine(isHttpUrl, named("adresse web invalide (http:// ou https:// attendu)"))
}

export function isHttpUrl(value: string): boolean {
  if (hasControlCharacter(value) || /\s/.test(value)) return false
  try {
    const url = new URL(value)
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0
  } catch {
    return false
  }
}

/** An amount in euros: at least one cent, at most `max`, whole cents only. */
export function euros(options: { max?: number } = {}) {
  const max = options.max ?? 100_000
  return z
    .number(named("montant en euros attendu"))
    .refine((value) => value >= 0.01, named("un centime au moins"))
    .refine((value) => value <= max, named(`${max.toLocaleString("fr-FR")} € au plus`))
    .refine(isWholeCents, named("deux décimales au plus (des centimes)"))
}

export function isWholeCents(value: number): boolean {
  return Number.isFinite(value) && Math.abs(Math.round(value * 100) - value * 100) < 1e-6
}

/** Years a date may fall in: past 1900, up to 2100. */
export const YEARS = { min: 1900, max: 2100 } as const

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < YEARS.min || year > YEARS.max || month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** True for a real calendar day written YYYY-MM-DD between 1900 and 2100. */
export function isDay(value: string): boolean {
  const match = DAY.exec(value)
  return !!match && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))
}

/** True for an ISO 8601 instant with its offset (or Z) on a real calendar day between 1900 and 2100. */
export function isInstant(value: string): boolean {
  const match = INSTANT.exec(value)
  if (!match) return false
  const [hours, minutes, seconds] = [Number(match[4]), Number(match[5]), Number(match[6] ?? 0)]
  return (
    isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3])) &&
    hours <= 23 &&
    minutes <= 59 &&
    seconds <= 59 &&
    !Number.isNaN(Date.parse(value))
  )
}

/** A calendar day, YYYY-MM-DD. */
export function day() {
  return z
    .string(named("date attendue (AAAA-MM-JJ)"))
    .refine(isDay, named(`date impossible ou hors ${YEARS.min}–${YEARS.max} (AAAA-MM-JJ attendu)`))
}

/** An instant with its offset, e.g. 2026-05-01T09:00:00+02:00. */
export function instant() {
  return z
    .string(named("date et heure attendues"))
    .refine(
      isInstant,
      named(`date et heure impossibles ou hors ${YEARS.min}–${YEARS.max} (ISO 8601 avec fuseau, ex. 2026-05-01T09:00:00+02:00)`)
    )
}

/** A whole number from a query string or a body, between `min` and `max`. */
export function wholeNumber(options: { min: number; max: number }) {
  return z.coerce
    .number(named("nombre entier attendu"))
    .refine(Number.isInteger, { ...named("nombre entier attendu"), abort: true })
    .refine((value) => value >= options.min, named(`${options.min} au moins`))
    .refine((value) => value <= options.max, named(`${options.max} au plus`))
}

/** `limit` and `offset` of a listing: non-negative whole numbers, the limit capped. */
export function page(options: { limit: number; max: number; maxOffset?: number }) {
  return {
    limit: wholeNumber({ min: 1, max: options.max }).default(options.limit),
    offset: wholeNumber({ min: 0, max: options.maxOffset ?? 1_000_000 }).default(0),
  }
}

/** The body or query of a route that takes none: anything sent is refused rather than ignored. */
export function nothing() {
  return z.object({}).strict()
}
