/** "de Lille" but "d'Armentières": French elides "de" before a vowel sound. */
export function deCommune(name: string): string {
  return /^[aeiouyàâäéèêëîïôöœùûü]/i.test(name) ? `d'${name}` : `de ${name}`
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
  portalIntro:
    "Retrouvez bientôt ici les vitrines des commerces de la commune, leurs horaires, leurs bons plans et l'agenda local.",
  logoOf: (name: string) => `Logo ${deCommune(name)}`,
  establishmentsHeading: "Commerces et lieux à découvrir",
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
  switchTo: "English",
  switchToLocale: "en",
  notFoundTitle: "Page introuvable",
  notFoundText: "Cette page n'existe pas, ou cette commune n'a pas de portail ouvert.",
  backHome: "Revenir à l'accueil",
  footer: "Enjoy — une plateforme ouverte prêtée par la métropole à ses communes.",
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
  portalIntro:
    "The town's shop windows, opening hours, deals and local events will soon be listed here.",
  logoOf: (name: string) => `Logo of ${name}`,
  establishmentsHeading: "Shops and places to discover",
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
  switchTo: "Français",
  switchToLocale: "fr",
  notFoundTitle: "Page not found",
  notFoundText: "This page does not exist, or this town has no open portal.",
  backHome: "Back to home",
  footer: "Enjoy — an open platform lent by the metropolis to its towns.",
}

export const LOCALES = ["fr", "en"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "fr"
export const LOCALE_COOKIE = "enjoy_locale"

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
