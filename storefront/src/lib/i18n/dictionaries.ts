import { routing, type Locale } from "../../i18n/routing"
import { countsEn, countsFr } from "./counts"
import { accountEn, accountFr } from "./account"
import { formsEn, formsFr } from "./forms"
import { hoursEn, hoursFr } from "./hours"
import { photosEn, photosFr } from "./photos"
import { legalEn, legalFr } from "./legal"
import { passwordEn, passwordFr } from "./password"
import { proEn, proFr } from "./pro"
import { shopEn, shopFr } from "./shop"
import { steerEn, steerFr } from "./steer"
import { vitrineEn, vitrineFr } from "./vitrine"

/** "de Lille" but "d'Armentières": French elides "de" before a vowel sound. */
export function deCommune(name: string): string {
  return /^[aeiouyàâäéèêëîïôöœùûü]/i.test(name) ? `d'${name}` : `de ${name}`
}

/** "à Lille", "au Maisnil" (Le Maisnil), "aux Rues-des-Vignes" (Les …): French contracts à with le and les. */
export function aCommune(name: string): string {
  const article = /^(Le|Les) (.+)$/.exec(name)
  return article ? `${article[1] === "Le" ? "au" : "aux"} ${article[2]}` : `à ${name}`
}

/** French first; English for visitors. Keys are shared so nothing goes untranslated. */
const fr = {
  skipToContent: "Aller au contenu principal",
  platformTagline: "Les commerces et lieux de vie de la métropole, près de chez vous",
  homeTitle: "Vos communes, leurs commerces, leurs bons plans",
  homeIntro:
    "Enjoy rassemble les vitrines des commerçants, artisans, restaurateurs et lieux culturels des communes de la métropole. Choisissez votre commune pour découvrir son portail.",
  communesHeading: "Les communes participantes",
  noCommunes: "Aucune commune n'est encore ouverte.",
  inhabitants: "habitants",
  population: "Population",
  postalCodes: "Codes postaux",
  portalOf: (name: string) => `Portail ${deCommune(name)}`,
  welcomeTo: "Bienvenue à",
  portalIntro: "Les vitrines des commerces et lieux de la commune, leurs horaires, leurs bons plans et l'agenda local.",
  logoOf: (name: string) => `Logo ${deCommune(name)}`,
  establishmentsHeading: "Commerces et lieux à découvrir",
  allEstablishmentsOf: (count: string, commune: string) => `Voir les ${count} commerces et lieux de ${commune}`,
  noEstablishments: "Aucun établissement n'est encore en ligne dans cette commune.",
  openNow: "Ouvert maintenant",
  closedNow: "Fermé",
  opensAt: (when: string) => `ouvre ${when}`,
  hoursUnknown: "Horaires non renseignés",
  openingHours: "Horaires",
  closedAllDay: "Fermé",
  products: "Produits",
  noProducts: "Cet établissement ne présente pas encore de produits en ligne.",
  contact: "Contact",
  backToCommune: (name: string) => `Retour au portail ${deCommune(name)}`,
  weekdays: { mo: "lundi", tu: "mardi", we: "mercredi", th: "jeudi", fr: "vendredi", sa: "samedi", su: "dimanche" },
  reservable: "Réservation en ligne, paiement sur place",
  buyableOnline: "Achat en ligne",
  kinds: {
    shop: "Commerce",
    restaurant: "Restaurant",
    craft: "Artisan",
    market: "Marché",
    service: "Service",
    cultural_site: "Lieu culturel",
    heritage_site: "Patrimoine",
  },
  platformLogo: "Enjoy, accueil de la plateforme",
  allCommunes: "Toutes les communes",
  language: "Langue",
  mainNav: "Navigation principale",
  menu: "Menu",
  switchTo: "English",
  switchToLocale: "en" as Locale,
  notFoundTitle: "Page introuvable",
  notFoundText: "Cette page n'existe pas, ou cette commune n'a pas de portail ouvert.",
  backHome: "Revenir à l'accueil",
  footer: "Enjoy — une plateforme ouverte prêtée par la métropole à ses communes.",
  shop: shopFr,
  account: accountFr,
  forms: formsFr,
  legal: legalFr,
  pro: proFr,
  hours: hoursFr,
  photos: photosFr,
  steer: steerFr,
  password: passwordFr,
  breadcrumb: "Fil d'Ariane",
  home: { allDeals: "Tous les bons plans", nextEvents: "Prochains événements", fullAgenda: "Tout l'agenda" },
  vitrine: vitrineFr,
  deals: {
    title: "Bons plans du moment",
    titleIn: (commune: string) => `Bons plans du moment ${aCommune(commune)}`,
    intro: "Les offres des commerçants de la métropole, à présenter en boutique.",
    none: "Aucun bon plan en cours ici pour le moment.",
    filter: { commune: "Commune", all: "Toutes les communes", apply: "Afficher" },
  },
  agenda: {
    title: "Agenda",
    titleIn: (commune: string) => `Agenda ${aCommune(commune)}`,
    intro: "Visites, marchés, ateliers et fêtes des 30 prochains jours.",
    none: "Rien de prévu ici dans les 30 prochains jours.",
    free: "gratuit",
    paid: "payant",
  },
  search: {
    title: "Rechercher",
    metaTitle: (q: string) => `« ${q} » — recherche`,
    label: "Que cherchez-vous ?",
    placeholder: "boulangerie, fleuriste, musée, Roubaix…",
    submit: "Rechercher",
    suggestionEstablishment: "établissement",
    suggestionProduct: "produit",
    filters: "Filtres",
    apply: "Appliquer les filtres",
    reset: "Tout effacer",
    facetCommune: "Commune",
    facetKind: "Type de lieu",
    facetCategory: "Catégorie",
    facetMode: "Commande",
    facetMore: "Autres critères",
    facetPrice: "Prix (produits)",
    priceMin: "de (€)",
    priceMax: "à (€)",
    hasDeal: "Avec un bon plan en cours",
    inStock: "En stock",
    outOfStock: "Épuisé",
    modes: { showcase: "Vitrine seule", reservation: "Réservation, paiement sur place", online: "Achat en ligne" },
    groupsNav: "Types de résultats",
    all: "Tout",
    groups: { establishment: "Établissements", product: "Produits", deal: "Bons plans", event: "Agenda" },
    seeAll: (what: string) => `Voir tout : ${what}`,
    viewNav: "Affichage des résultats",
    list: "Liste",
    map: "Carte",
    mapTitle: "Carte des résultats",
    mapUnavailable: "La carte n'a pas pu se charger. Les résultats restent disponibles dans la liste ci-dessous.",
    markerOf: (name: string) => `${name} sur la carte`,
    summary: (count: number, q: string) => (q ? countsFr("resultsFor", { count, query: q }) : countsFr("results", { count })),
    approximate: "Aucun résultat exact : voici des résultats approchants (orthographe tolérée).",
    corrected: (q: string) => `Aucun résultat exact : voici des résultats approchants, pour « ${q} ».`,
    partialMatch: "Aucun résultat ne contient tous vos mots : voici ceux qui en contiennent la plupart.",
    dealIntent: "Vous cherchez un bon plan : voici ceux en cours.",
    outingIntent: "Vous cherchez une sortie : voici les événements à venir et les lieux à visiter.",
    none: "Aucun résultat. Essayez un autre mot, ou retirez un filtre.",
    unavailable: "La recherche est momentanément indisponible. Réessayez dans un instant.",
    distance: (km: string) => `à ${km} km`,
    soldBy: (name: string) => `chez ${name}`,
    until: (date: string) => `jusqu'au ${date}`,
    from: (date: string) => `à partir du ${date}`,
    pages: "Pages de résultats",
    previous: "Page précédente",
    next: "Page suivante",
    pageOf: (page: string) => `Page ${page}`,
  },
}

export type Dictionary = typeof fr

const en: Dictionary = {
  skipToContent: "Skip to main content",
  platformTagline: "The shops and places of the metropolis, near you",
  homeTitle: "Your towns, their shops, their deals",
  homeIntro:
    "Enjoy gathers the online shop windows of the merchants, craftspeople, restaurants and cultural sites of the metropolis' towns. Choose your town to visit its portal.",
  communesHeading: "Participating towns",
  noCommunes: "No town is open yet.",
  inhabitants: "inhabitants",
  population: "Population",
  postalCodes: "Postal codes",
  portalOf: (name: string) => `Portal of ${name}`,
  welcomeTo: "Welcome to",
  portalIntro: "The town's shop windows, opening hours, deals and local events.",
  logoOf: (name: string) => `Logo of ${name}`,
  establishmentsHeading: "Shops and places to discover",
  allEstablishmentsOf: (count: string, commune: string) => `See all ${count} shops and places in ${commune}`,
  noEstablishments: "No establishment of this town is online yet.",
  openNow: "Open now",
  closedNow: "Closed",
  opensAt: (when: string) => `opens ${when}`,
  hoursUnknown: "Opening hours not given",
  openingHours: "Opening hours",
  closedAllDay: "Closed",
  products: "Products",
  noProducts: "This establishment shows no product online yet.",
  contact: "Contact",
  backToCommune: (name: string) => `Back to the portal of ${name}`,
  weekdays: { mo: "Monday", tu: "Tuesday", we: "Wednesday", th: "Thursday", fr: "Friday", sa: "Saturday", su: "Sunday" },
  reservable: "Reserve online, pay in store",
  buyableOnline: "Buy online",
  kinds: {
    shop: "Shop",
    restaurant: "Restaurant",
    craft: "Craftsperson",
    market: "Market",
    service: "Service",
    cultural_site: "Cultural site",
    heritage_site: "Heritage site",
  },
  platformLogo: "Enjoy, platform home",
  allCommunes: "All towns",
  language: "Language",
  mainNav: "Main navigation",
  menu: "Menu",
  switchTo: "Français",
  switchToLocale: "fr" as Locale,
  notFoundTitle: "Page not found",
  notFoundText: "This page does not exist, or this town has no open portal.",
  backHome: "Back to home",
  footer: "Enjoy — an open platform lent by the metropolis to its towns.",
  shop: shopEn,
  account: accountEn,
  forms: formsEn,
  legal: legalEn,
  pro: proEn,
  hours: hoursEn,
  photos: photosEn,
  steer: steerEn,
  password: passwordEn,
  breadcrumb: "Breadcrumb",
  home: { allDeals: "All deals", nextEvents: "Upcoming events", fullAgenda: "Full agenda" },
  vitrine: vitrineEn,
  deals: {
    title: "Current deals",
    titleIn: (commune: string) => `Current deals in ${commune}`,
    intro: "Offers from the metropole's merchants, to show in store.",
    none: "No deal running here at the moment.",
    filter: { commune: "Town", all: "All towns", apply: "Show" },
  },
  agenda: {
    title: "Events",
    titleIn: (commune: string) => `Events in ${commune}`,
    intro: "Visits, markets, workshops and festivals over the next 30 days.",
    none: "Nothing planned here over the next 30 days.",
    free: "free",
    paid: "paid",
  },
  search: {
    title: "Search",
    metaTitle: (q: string) => `“${q}” — search`,
    label: "What are you looking for?",
    placeholder: "bakery, florist, museum, Roubaix…",
    submit: "Search",
    suggestionEstablishment: "place",
    suggestionProduct: "product",
    filters: "Filters",
    apply: "Apply filters",
    reset: "Clear all",
    facetCommune: "Town",
    facetKind: "Kind of place",
    facetCategory: "Category",
    facetMode: "Ordering",
    facetMore: "More",
    facetPrice: "Price (products)",
    priceMin: "from (€)",
    priceMax: "to (€)",
    hasDeal: "With a current deal",
    inStock: "In stock",
    outOfStock: "Sold out",
    modes: { showcase: "Showcase only", reservation: "Reserve, pay in store", online: "Buy online" },
    groupsNav: "Kinds of results",
    all: "All",
    groups: { establishment: "Places", product: "Products", deal: "Deals", event: "Events" },
    seeAll: (what: string) => `See all: ${what}`,
    viewNav: "Results display",
    list: "List",
    map: "Map",
    mapTitle: "Map of the results",
    mapUnavailable: "The map could not load. The results remain available in the list below.",
    markerOf: (name: string) => `${name} on the map`,
    summary: (count: number, q: string) => (q ? countsEn("resultsFor", { count, query: q }) : countsEn("results", { count })),
    approximate: "No exact match: here are close results (spelling tolerated).",
    corrected: (q: string) => `No exact match: here are close results, for “${q}”.`,
    partialMatch: "No result holds all your words: here are those holding most of them.",
    dealIntent: "Looking for a deal: here are the running ones.",
    outingIntent: "Looking for an outing: here are the upcoming events and the places to visit.",
    none: "No results. Try another word, or remove a filter.",
    unavailable: "Search is unavailable for a moment. Please try again shortly.",
    distance: (km: string) => `${km} km away`,
    soldBy: (name: string) => `at ${name}`,
    until: (date: string) => `until ${date}`,
    from: (date: string) => `from ${date}`,
    pages: "Result pages",
    previous: "Previous page",
    next: "Next page",
    pageOf: (page: string) => `Page ${page}`,
  },
}

export const LOCALES = routing.locales
export type { Locale }
export const DEFAULT_LOCALE: Locale = routing.defaultLocale

export const dictionaries: Record<Locale, Dictionary> = { fr, en }

export function isLocale(value: string | undefined): value is Locale {
  return LOCALES.includes(value as Locale)
}

/** "mardi 07:00": when a closed place opens next, in Paris time, in the reader's language. */
export function formatOpening(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    weekday: "long",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Paris",
  }).format(new Date(iso))
}

/** Prices are stored in euros (major units) and shown the reader's way: 4,20 € or €4.20. */
export function formatPrice(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    style: "currency",
    currency: "EUR",
  }).format(amount)
}

/** Number formatting follows the reader's language (236 000 vs 236,000). */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB").format(value)
}
