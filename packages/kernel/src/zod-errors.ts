/**
 * French messages naming their field for every zod issue that has no message of its own (zod's defaults
 * such as "Invalid ISO datetime" name nothing). Installed once per process by the backend.
 */
import { z } from "zod"
import { fieldMessage } from "./fields"

type Issue = {
  code?: string
  path?: PropertyKey[]
  expected?: unknown
  format?: string
  minimum?: unknown
  maximum?: unknown
  origin?: string
  values?: unknown[]
  keys?: string[]
}

const TYPES: Record<string, string> = {
  string: "du texte",
  number: "un nombre",
  int: "un nombre entier",
  boolean: "vrai ou faux",
  array: "une liste",
  object: "un objet",
  date: "une date",
}

/** The problem, in French, that a zod issue describes. */
export function frenchProblem(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return `${TYPES[String(issue.expected)] ?? String(issue.expected)} attendu`
    case "too_big":
      return issue.origin === "string" ? `${issue.maximum} caractères au plus` : `${issue.maximum} au plus`
    case "too_small":
      return issue.origin === "string" ? `${issue.minimum} caractères au moins` : `${issue.minimum} au moins`
    case "invalid_format":
      return `format invalide (${issue.format ?? "texte"})`
    case "invalid_value":
      return issue.values?.length ? `valeurs permises : ${issue.values.map(String).join(", ")}` : "valeur refusée"
    case "unrecognized_keys":
      return `champ inconnu (${(issue.keys ?? []).join(", ")})`
    case "not_multiple_of":
      return "valeur non permise"
    default:
      return "valeur refusée"
  }
}

let installed = false

/** Makes zod's default messages French and field-named for the whole process (idempotent). */
export function frenchFieldErrors(): void {
  if (installed) return
  installed = true
  z.config({ customError: (issue) => fieldMessage((issue as Issue).path, frenchProblem(issue as Issue)) })
}
