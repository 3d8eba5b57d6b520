import { SearchBox } from "@/components/search/search-box"
import { searchBoxLabels } from "@/components/labels"
import type { Dictionary } from "@/lib/i18n/dictionaries"

/** The search box of the home page and the portals; on a portal it searches that commune first. */
export function QuickSearch({ t, commune }: { t: Dictionary; commune?: string }) {
  return (
    <form action="/recherche" method="get" role="search" className="search quick-search">
      <SearchBox
        defaultValue=""
        labels={searchBoxLabels(t)}
      />
      {commune && <input type="hidden" name="commune" value={commune} />}
    </form>
  )
}
