/**
 * The words French shoppers type when they look for a bargain or for something to do rather than for a
 * shop or a product. Folded (no accents, lower case) and matched as whole words or phrases. A word in
 * `kept` says what the shopper wants and stays in the searched text ("en famille"); the others only
 * say which groups to search and are taken out ("promo boulangerie" searches "boulangerie").
 */
export const DEAL_WORDS = {
  /** A price cut: percentage and amount bons plans. */
  discount: ["promo", "promos", "promotion", "promotions", "reduction", "reductions", "remise", "remises", "solde", "soldes", "rabais", "prix casse", "prix casses"],
  /** Something given: gifts and bundles. */
  gift: ["offert", "offerte", "offerts", "offertes", "cadeau", "cadeaux"],
  /** Any kind of bon plan. */
  any: ["bon plan", "bons plans", "bonne affaire", "bonnes affaires", "bon plans"],
} as const

/** Free of charge: a gift among bons plans, a free event among outings. */
export const FREE_WORDS = ["gratuit", "gratuite", "gratuits", "gratuites", "gratos"] as const

export const OUTING_WORDS = {
  /** Taken out: they ask for outings, not for a word in a title. */
  dropped: ["sortie", "sorties", "sortir", "que faire", "quoi faire", "a faire", "activite", "activites", "loisir", "loisirs", "idee de sortie", "idees de sortie"],
  /** Kept in the searched text: the events and places say it themselves ("Atelier en famille"). */
  kept: ["famille", "enfant", "enfants", "jeune public"],
  /** Dates, in Paris time, taken out and turned into a window. */
  today: ["aujourd hui", "ce jour"],
  weekend: ["ce week end", "ce weekend", "week end", "weekend"],
} as const

/** The establishment kinds an outing can be spent at. */
export const OUTING_KINDS = ["cultural_site", "heritage_site"] as const
