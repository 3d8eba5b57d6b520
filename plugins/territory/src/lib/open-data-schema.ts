import { LICENCE, type OpenDataResource } from "./open-data"
import { OPEN_DATA_FIELDS } from "./open-data-rows"

type Field = { type: "string" | "number" | "boolean" | "datetime" | "date"; description: string }

const FIELDS: Record<OpenDataResource, Record<string, Field>> = {
  establishments: {
    id: { type: "string", description: "Identifiant stable de l'établissement" },
    name: { type: "string", description: "Nom commercial" },
    kind: { type: "string", description: "shop, restaurant, craft, market_stall, service, cultural_site ou heritage_site" },
    categories: { type: "string", description: "Catégories séparées par des points-virgules" },
    description: { type: "string", description: "Présentation rédigée par l'établissement" },
    address: { type: "string", description: "Numéro et voie" },
    postal_code: { type: "string", description: "Code postal" },
    city: { type: "string", description: "Commune de l'adresse" },
    latitude: { type: "number", description: "Latitude WGS 84" },
    longitude: { type: "number", description: "Longitude WGS 84" },
    phone: { type: "string", description: "Téléphone public" },
    email: { type: "string", description: "Adresse e-mail publique de l'établissement" },
    website: { type: "string", description: "Site web" },
    commerce_mode: { type: "string", description: "showcase (vitrine), reservation (retrait en boutique) ou online (vente en ligne)" },
    opening_hours: { type: "string", description: "Horaires au format OpenStreetMap opening_hours, semaine type puis fermetures exceptionnelles datées (ex. 2026 Aug 03-2026 Aug 18 off)" },
    tag_code: { type: "string", description: "Code court du QR code et de l'autocollant NFC (/t/CODE)" },
    url: { type: "string", description: "Page de l'établissement sur le portail" },
  },
  deals: {
    id: { type: "string", description: "Identifiant stable du bon plan" },
    title: { type: "string", description: "Intitulé" },
    kind: { type: "string", description: "percent, amount, gift, bundle ou info" },
    value: { type: "number", description: "Pourcentage ou montant en euros de la remise" },
    conditions: { type: "string", description: "Conditions" },
    starts_on: { type: "date", description: "Premier jour de validité (heure de Paris)" },
    ends_on: { type: "date", description: "Dernier jour de validité (heure de Paris)" },
    establishment_id: { type: "string", description: "Établissement qui le propose" },
    establishment_name: { type: "string", description: "Nom de l'établissement" },
    latitude: { type: "number", description: "Latitude de l'établissement" },
    longitude: { type: "number", description: "Longitude de l'établissement" },
    tag_code: { type: "string", description: "Code court du QR code du bon plan" },
    url: { type: "string", description: "Page où en profiter" },
  },
  events: {
    id: { type: "string", description: "Identifiant stable de l'événement" },
    title: { type: "string", description: "Intitulé" },
    category: { type: "string", description: "Catégorie (atelier, marché, visite…)" },
    starts_at: { type: "datetime", description: "Début (ISO 8601, UTC)" },
    ends_at: { type: "datetime", description: "Fin (ISO 8601, UTC)" },
    address: { type: "string", description: "Lieu" },
    latitude: { type: "number", description: "Latitude du lieu" },
    longitude: { type: "number", description: "Longitude du lieu" },
    is_free: { type: "boolean", description: "Gratuit" },
    price: { type: "number", description: "Prix en euros" },
    booking_url: { type: "string", description: "Réservation" },
    accessibility_notes: { type: "string", description: "Informations d'accessibilité" },
    establishment_id: { type: "string", description: "Établissement organisateur, s'il y en a un" },
    url: { type: "string", description: "Page de l'événement" },
  },
}

/** The published schema (Table Schema style): every field of every resource, in CSV column order, with the licence. */
export function openDataSchema() {
  return {
    licence: LICENCE,
    resources: Object.fromEntries(
      Object.entries(OPEN_DATA_FIELDS).map(([resource, names]) => [
        resource,
        { fields: names.map((name) => ({ name, ...FIELDS[resource as OpenDataResource][name] })) },
      ])
    ),
  }
}
