import { readFile } from "node:fs/promises"

/** The repository's relevance set: French queries and the hits a shopper expects on the demo data. */
export async function loadRelevanceSet(root) {
  const raw = JSON.parse(await readFile(new URL("seed/relevance/relevance-set.fr.json", root), "utf8"))
  return raw.queries
}

const KEY_OF = { establishment: "handle", product: "handle", deal: "title", event: "title" }

/** Share of a query's expected hits found among the first k of their group in a /store/discover response. */
export function recallAt(response, expected, k = 10) {
  if (!expected.length) {
    return 1
  }
  const found = expected.filter(({ type, key }) =>
    (response.groups?.[type]?.hits ?? []).slice(0, k).some((hit) => hit[KEY_OF[type]] === key)
  )
  return found.length / expected.length
}

/** Mean recall@k over the set, and the queries that missed something. */
export function scoreRelevance(queries, responses, k = 10) {
  const perQuery = queries.map((query, i) => ({ query, recall: recallAt(responses[i], query.expect, k) }))
  const mean = perQuery.reduce((sum, { recall }) => sum + recall, 0) / Math.max(perQuery.length, 1)
  return { recall: mean, misses: perQuery.filter(({ recall }) => recall < 1) }
}
