import { describe, expect, it } from "vitest"
import { countFilters, discoverQuery, NO_FILTER, readSearchState, searchHref, toggled } from "./params"

describe("search page state", () => {
  it("reads the address, dropping what is malformed", () => {
    const state = readSearchState({
      q: "  boulangerie ", type: "etablissements", commune: ["lille", "roubaix"], mode: ["online", "drone"],
      open_now: "1", price_min: "abc", near: "50.63,3.06", vue: "carte", page: "3",
    })
    expect(state).toMatchObject({
      q: "boulangerie", group: "establishment", commune: ["lille", "roubaix"], mode: ["online"], open_now: true,
      price_min: "", near: "50.63,3.06", view: "carte", page: 3,
    })
    expect(readSearchState({ type: "inconnu", page: "0" })).toMatchObject({ group: null, page: 1 })
  })

  it("asks the backend for one group by pages of 12, or previews of every group", () => {
    const one = discoverQuery(readSearchState({ q: "pain", type: "produits", in_stock: "1", page: "2" }))
    expect(one.toString()).toBe("q=pain&types=product&in_stock=true&facets=product&limit=12&offset=12")
    const every = discoverQuery(readSearchState({ q: "pain", commune: "lille" }))
    expect(every.toString()).toBe("q=pain&commune=lille&facets=establishment&limit=6&offset=0")
  })

  it("builds links that keep the state, back to the first page", () => {
    const state = readSearchState({ q: "vin", commune: "lille", page: "4" })
    expect(searchHref(state)).toBe("/recherche?q=vin&commune=lille")
    expect(searchHref(state, toggled(state, "commune", "lille"))).toBe("/recherche?q=vin")
    expect(searchHref(state, toggled(state, "commune", "croix"))).toBe("/recherche?q=vin&commune=lille&commune=croix")
    expect(searchHref(state, { group: "deal", view: "carte", page: 2 })).toBe("/recherche?q=vin&type=bons-plans&commune=lille&vue=carte&page=2")
  })
})

describe("the filters' count on the phone's Filtres button", () => {
  it("counts each chosen value, each flag, and a price range once", () => {
    expect(countFilters(readSearchState({ q: "pain" }))).toBe(0)
    const state = readSearchState({ commune: ["lille", "roubaix"], open_now: "1", price_min: "2", price_max: "10" })
    expect(countFilters(state)).toBe(4)
    expect(countFilters({ ...state, ...NO_FILTER })).toBe(0)
  })
})
