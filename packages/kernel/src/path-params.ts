/**
 * What a path parameter of ours may hold, judged by its name before any lookup: Medusa-style ids
 * (`sel_01J…`), handles and slugs, an open-data resource, a tag code. Anything else is refused.
 */
const RULES: { test: (name: string) => boolean; pattern: RegExp; problem: string }[] = [
  { test: (n) => n === "handle" || n === "slug", pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, problem: "mots en minuscules séparés par des tirets attendus" },
  { test: (n) => n === "resource", pattern: /^[a-z]+(?:\.[a-z]+)?$/, problem: "ressource inconnue" },
  { test: (n) => n === "code", pattern: /^[A-Za-z0-9-]{1,20}$/, problem: "code invalide" },
  { test: () => true, pattern: /^[a-z]+_[0-9A-Z]{26}$/, problem: "identifiant invalide" },
]

/** Why a path parameter's value is refused ("id : identifiant invalide"), or null when it is well formed. */
export function pathParamProblem(name: string, value: string): string | null {
  const rule = RULES.find((r) => r.test(name))!
  return value.length <= 120 && rule.pattern.test(value) ? null : `${name} : ${rule.problem}`
}
