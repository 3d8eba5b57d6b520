import { SearchBox } from "@/components/search/search-box"
import { searchBoxLabels } from "@/components/labels"
import { getPathname } from "@/i18n/navigation"
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries"

/** The search box of the home page and the portals; on a portal it searches that commune first. */
export function QuickSearch({ t, locale, commune }: { t: Dictionary; locale: Locale; commune?: string }) {
  return (
    <form action={getPathname({ href: "/recherche", locale })} method="get" role="search" className="search quick-search">
      <SearchBox
        defaultValue=""
        labels={searchBoxLabels(t)}
      />
      {commune && <input type="hidden" name="commune" value={commune} />}
    </form>
  )
}
