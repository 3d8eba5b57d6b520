/**
 * The messages formatted by next-intl's ICU engine: everything that counts (plurals) or that a client
 * component formats itself. French is the reference; the English catalogue must have the same keys.
 */
export const fr = {
  errorPage: {
    title: "Service momentanément indisponible",
    text: "Nous n'arrivons pas à joindre le catalogue. Réessayez dans quelques instants.",
    retry: "Réessayer",
  },
  counts: {
    cart: "Panier",
    cartItems: "{count, plural, =0 {} one {(# article)} other {(# articles)}}",
    reservations: "{count, plural, one {# réservation} other {# réservations}}",
    results: "{count, plural, one {# résultat} other {# résultats}}",
    resultsFor: "{count, plural, one {# résultat} other {# résultats}} pour « {query} »",
    suggestions: "{count, plural, =0 {Aucune suggestion} one {# suggestion ; flèches haut et bas pour choisir} other {# suggestions ; flèches haut et bas pour choisir}}",
    inStockReserved: "{stocked, number} en stock, dont {reserved, plural, one {# réservé} other {# réservés}}",
    claims: "{claimed, plural, one {# obtenu} other {# obtenus}}, {redeemed, plural, one {# utilisé} other {# utilisés}} en boutique",
    activeEstablishments: "{count, plural, one {# établissement ouvert} other {# établissements ouverts}} aujourd'hui.",
    keyUsage: "{count, plural, one {# requête} other {# requêtes}} sur les 30 derniers jours.",
    imported: "Import terminé : {count, plural, =0 {aucune création} one {# création} other {# créations}} dans l'annuaire.",
    importProgress: "{rows, plural, one {# ligne lue…} other {# lignes lues…}}",
    stepsLeft: "Pour bien démarrer, {count, plural, one {il reste # étape} other {il reste # étapes}}",
    toConfirm: "{count, plural, =0 {Aucune réservation à confirmer} one {# réservation à confirmer} other {# réservations à confirmer}}",
    toPrepare: "{count, plural, =0 {aucune à préparer} one {# à préparer} other {# à préparer}}",
    toHandOver: "{count, plural, =0 {aucune à remettre} one {# à remettre au client} other {# à remettre aux clients}}",
    weekViews: "{count, plural, =0 {Aucune vue de la vitrine} one {# vue de la vitrine} other {# vues de la vitrine}} ces 7 derniers jours",
    weekDeals: "Bons plans ces 7 derniers jours : {claimed, plural, one {# obtenu} other {# obtenus}}, {redeemed, plural, one {# utilisé} other {# utilisés}} en boutique",
    importSummary:
      "{lines, plural, one {# ligne lue} other {# lignes lues}} : {create, number} à créer, {present, plural, one {# déjà présente} other {# déjà présentes}}, {skipped, plural, one {# laissée de côté} other {# laissées de côté}}, {errors, number} en erreur.",
  },
} as const

export type Messages = typeof fr
