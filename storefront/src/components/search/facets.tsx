import type { Dictionary } from "@/lib/i18n/dictionaries"
import type { Facet } from "@/lib/search/discover"
import type { SearchState } from "@/lib/search/params"

type Props = { state: SearchState; facets: Record<string, Facet[]>; t: Dictionary; names: Record<string, string> }

function Choices({ name, legend, values, chosen, label }: { name: string; legend: string; values: Facet[]; chosen: string[]; label: (value: string) => string }) {
  // Chosen values stay listed even when the current results no longer count them.
  const all = [...values, ...chosen.filter((c) => !values.some((v) => v.value === c)).map((value) => ({ value, count: 0 }))]
  if (!all.length) return null
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      {all.slice(0, 12).map(({ value, count }) => (
        <label key={value} className="facet__choice">
          <input type="checkbox" name={name} value={value} defaultChecked={chosen.includes(value)} /> {label(value)}{" "}
          <span className="facet__count">({count})</span>
        </label>
      ))}
    </fieldset>
  )
}

/**
 * The filters, as an ordinary GET form: checkboxes with their counts, the
 * shopper applies them with one button (works without JavaScript, and the
 * page does not jump while ticking several boxes).
 */
export function Facets({ state, facets, t, names }: Props) {
  const kinds = t.kinds as Record<string, string>
  return (
    <div className="facets">
      <Choices name="commune" legend={t.search.facetCommune} values={facets.commune ?? []} chosen={state.commune} label={(v) => names[v] ?? v} />
      <Choices name="kind" legend={t.search.facetKind} values={facets.kind ?? []} chosen={state.kind} label={(v) => kinds[v] ?? v} />
      <Choices name="category" legend={t.search.facetCategory} values={facets.categories ?? facets.category ?? []} chosen={state.category} label={(v) => v} />
      <Choices
        name="mode"
        legend={t.search.facetMode}
        values={facets.commerce_mode ?? []}
        chosen={state.mode}
        label={(v) => (t.search.modes as Record<string, string>)[v] ?? v}
      />
      <fieldset className="facet">
        <legend>{t.search.facetMore}</legend>
        <label className="facet__choice">
          <input type="checkbox" name="open_now" value="1" defaultChecked={state.open_now} /> {t.openNow}
        </label>
        <label className="facet__choice">
          <input type="checkbox" name="has_deal" value="1" defaultChecked={state.has_deal} /> {t.search.hasDeal}
        </label>
        <label className="facet__choice">
          <input type="checkbox" name="in_stock" value="1" defaultChecked={state.in_stock} /> {t.search.inStock}
        </label>
      </fieldset>
      <fieldset className="facet facet--price">
        <legend>{t.search.facetPrice}</legend>
        <label>
          {t.search.priceMin} <input type="number" name="price_min" min="0" step="0.5" inputMode="decimal" defaultValue={state.price_min} />
        </label>
        <label>
          {t.search.priceMax} <input type="number" name="price_max" min="0" step="0.5" inputMode="decimal" defaultValue={state.price_max} />
        </label>
      </fieldset>
    </div>
  )
}
