import { SearchBox } from "@/components/search/search-box"
import type { Dictionary } from "@/lib/i18n/dictionaries"

/** The search box of the home page and the portals; on a portal it searches that commune first. */
export function QuickSearch({ t, commune }: { t: Dictionary; commune?: string }) {
  return (
    <form action="/recherche" method="get" role="search" className="search quick-search">
      <SearchBox
        defaultValue=""
        labels={{
          label: t.search.label,
          placeholder: t.search.placeholder,
          submit: t.search.submit,
          suggestionsCount: t.search.suggestionsCount("{n}"),
          establishment: t.search.suggestionEstablishment,
          product: t.search.suggestionProduct,
        }}
      />
      {commune && <input type="hidden" name="commune" value={commune} />}
    </form>
  )
}
