/**
 * Demo bons plans, events and visiting information, placed relative to the day
 * the seed runs (so the demo always has current, past and coming ones).
 * Offsets are in days from today, times are Paris wall-clock times.
 */
export type SeedDeal = {
  handle: string
  title: string
  kind: "percent" | "amount" | "gift" | "bundle" | "info"
  value?: number
  conditions?: string
  from: number
  to: number
  quota?: number
  /** Demo shoppers who already claimed it (enough to exhaust a quota). */
  claims?: number
}

export const SEED_DEALS: SeedDeal[] = [
  { handle: "boulangerie-du-vieux-lille", title: "Une viennoiserie offerte pour 2 achetées", kind: "gift", conditions: "Du mardi au vendredi", from: -3, to: 25 },
  { handle: "estaminet-la-bretelle", title: "Café gourmand offert le midi", kind: "gift", conditions: "Sur présentation du code, avec un plat", from: -1, to: 30, quota: 40 },
  { handle: "comptoir-des-halles", title: "-10 % sur les paniers garnis", kind: "percent", value: 10, from: 0, to: 45 },
  { handle: "chocolaterie-des-flandres", title: "-15 % sur les ballotins de Noël", kind: "percent", value: 15, from: 0, to: 30, quota: 50 },
  { handle: "creperie-saint-maurice", title: "Une bolée de cidre offerte", kind: "gift", from: -2, to: 14, quota: 3, claims: 3 },
  { handle: "cordonnerie-gambetta", title: "5 € de remise sur un ressemelage", kind: "amount", value: 5, from: -5, to: 60 },
  { handle: "velos-de-la-deule", title: "Deuxième heure de location offerte", kind: "gift", from: 0, to: 90 },
  { handle: "librairie-du-canon-d-or", title: "Un marque-page illustré offert", kind: "gift", from: -10, to: 20, quota: 5, claims: 5 },
  { handle: "torrefaction-de-l-epeule", title: "-20 % sur le café du mois", kind: "percent", value: 20, from: -30, to: -2 },
  { handle: "boulangerie-du-pile", title: "La 6e baguette offerte", kind: "bundle", conditions: "Carte de fidélité tamponnée", from: 0, to: 60 },
  { handle: "friperie-de-l-alma", title: "-30 % sur les pulls", kind: "percent", value: 30, from: -2, to: 12 },
  { handle: "atelier-ceramique-motte-bossut", title: "10 € de remise sur le cours d'initiation", kind: "amount", value: 10, from: 0, to: 40, quota: 8 },
  { handle: "fromagerie-du-beffroi", title: "Dégustation de maroilles offerte", kind: "gift", from: -2, to: 20 },
  { handle: "caviste-du-broutteux", title: "-10 % sur les vins bio", kind: "percent", value: 10, from: 0, to: 30 },
  { handle: "estaminet-du-tissage", title: "Welsh à 12 € le mardi", kind: "info", conditions: "Le mardi soir uniquement", from: 0, to: 60 },
  { handle: "cycles-du-heron", title: "Révision complète à -20 %", kind: "percent", value: 20, from: -1, to: 21, quota: 3, claims: 3 },
  { handle: "primeur-du-triolo", title: "Un kilo de pommes offert dès 25 €", kind: "gift", from: 0, to: 15 },
  { handle: "fleurs-du-laboureur", title: "-5 € sur les orchidées", kind: "amount", value: 5, from: -3, to: 10, quota: 2, claims: 2 },
  { handle: "garage-solidaire-sapin-vert", title: "Contrôle d'hiver offert", kind: "gift", from: 0, to: 45 },
  { handle: "brasserie-du-cretinier", title: "Visite de la brasserie offerte le samedi", kind: "info", from: 0, to: 60 },
  { handle: "patisserie-du-plouich", title: "-10 % sur les entremets", kind: "percent", value: 10, from: 0, to: 20 },
  { handle: "institut-belle-allee", title: "15 € offerts sur un soin visage", kind: "amount", value: 15, from: -40, to: -10 },
  { handle: "quincaillerie-du-canon-d-or", title: "Une clé reproduite offerte", kind: "gift", from: 0, to: 30 },
  { handle: "brasserie-de-la-lys", title: "Un verre gravé pour 6 bières", kind: "bundle", from: 0, to: 50 },
  { handle: "boucherie-pres-du-hem", title: "-10 % sur le colis barbecue", kind: "percent", value: 10, from: -7, to: 7 },
  { handle: "epicerie-vrac-la-graine", title: "Un bocal offert à la première visite", kind: "gift", from: 0, to: 90, quota: 30 },
  { handle: "ferme-du-melantois", title: "Yaourt offert pour 12 œufs", kind: "bundle", from: 0, to: 21 },
  { handle: "librairie-collegiale-seclin", title: "-5 % sur les jeux de société", kind: "percent", value: 5, from: 0, to: 35 },
  { handle: "miellerie-bords-de-deule", title: "Dégustation des miels du moment", kind: "info", from: 0, to: 30 },
  { handle: "distillerie-du-quai", title: "-10 % sur le genièvre 70 cl", kind: "percent", value: 10, from: -15, to: -1 },
]

export type SeedEvent = {
  /** An establishment's handle, or a commune's slug for the commune's own agenda. */
  organizer: { handle: string } | { commune: string; address: string; latitude: number; longitude: number }
  title: string
  category: string
  day: number
  time: string
  hours: number
  weeklyFor?: number
  dates?: number[]
  price?: number
  booking_url?: string
  accessibility_notes?: string
}

export const SEED_EVENTS: SeedEvent[] = [
  { organizer: { handle: "palais-des-beaux-arts-lille" }, title: "Nocturne au Palais", category: "exposition", day: 5, time: "18:00", hours: 4, price: 7, booking_url: "https://example.org/billetterie", accessibility_notes: "Accès de plain-pied, audioguides" },
  { organizer: { handle: "citadelle-de-lille" }, title: "Visite guidée des remparts", category: "visite", day: 2, time: "10:00", hours: 2, weeklyFor: 6 },
  { organizer: { handle: "vieille-bourse-lille" }, title: "Tournoi d'échecs de la cour", category: "jeux", day: 3, time: "14:00", hours: 4, weeklyFor: 8 },
  { organizer: { commune: "lille", address: "Place Rihour, Lille", latitude: 50.6362, longitude: 3.0607 }, title: "Marché de Noël", category: "marché", day: 1, time: "11:00", hours: 9, dates: [2, 3, 8, 9, 10, 15, 16, 17] },
  { organizer: { handle: "la-piscine-roubaix" }, title: "Atelier céramique en famille", category: "atelier", day: 6, time: "14:30", hours: 2, price: 5 },
  { organizer: { handle: "manufacture-des-flandres" }, title: "Démonstration des métiers à tisser", category: "visite", day: 4, time: "15:00", hours: 1, weeklyFor: 4 },
  { organizer: { commune: "roubaix", address: "Grand-Place, Roubaix", latitude: 50.6907, longitude: 3.1817 }, title: "Braderie de l'Épeule", category: "brocante", day: 12, time: "08:00", hours: 10 },
  { organizer: { handle: "muba-eugene-leroy" }, title: "Conférence : l'atelier d'Eugène Leroy", category: "conférence", day: 9, time: "18:30", hours: 2, price: 4 },
  { organizer: { handle: "estaminet-du-tissage" }, title: "Soirée chansons en patois", category: "concert", day: 7, time: "20:00", hours: 3 },
  { organizer: { commune: "tourcoing", address: "Place de la République, Tourcoing", latitude: 50.7236, longitude: 3.1617 }, title: "Fête des allumoirs", category: "fête", day: 15, time: "17:30", hours: 3 },
  { organizer: { handle: "lam-villeneuve-d-ascq" }, title: "Balade dans le parc de sculptures", category: "visite", day: 2, time: "11:00", hours: 1, weeklyFor: 5 },
  { organizer: { handle: "forum-des-sciences" }, title: "Séance de planétarium : les étoiles d'hiver", category: "sciences", day: 3, time: "15:00", hours: 1, price: 3, dates: [10, 17] },
  { organizer: { handle: "moulin-des-olieux" }, title: "Le moulin en mouvement", category: "visite", day: 10, time: "14:30", hours: 3 },
  { organizer: { handle: "musee-arts-traditions-wattrelos" }, title: "Jeux anciens en famille", category: "jeux", day: 8, time: "14:00", hours: 3 },
  { organizer: { handle: "croise-laroche" }, title: "Visite Art déco du Croisé-Laroche", category: "visite", day: 13, time: "10:00", hours: 2, price: 6 },
  { organizer: { handle: "beffroi-armentieres" }, title: "Montée au beffroi", category: "visite", day: 6, time: "14:00", hours: 3, weeklyFor: 4 },
  { organizer: { handle: "roseraie-barbieux" }, title: "Taille des rosiers : démonstration", category: "atelier", day: 11, time: "10:00", hours: 2 },
  { organizer: { handle: "hopital-notre-dame-seclin" }, title: "Concert de Noël dans la cour", category: "concert", day: 16, time: "17:00", hours: 2, price: 10 },
  { organizer: { handle: "chateau-de-robersart" }, title: "Exposition : jouets d'autrefois", category: "exposition", day: 1, time: "14:00", hours: 4, dates: [4, 8, 11, 15] },
  { organizer: { commune: "wambrechies", address: "Quai de la Deûle, Wambrechies", latitude: 50.6872, longitude: 3.0473 }, title: "Guinguette de la Deûle", category: "fête", day: 20, time: "15:00", hours: 5 },
]

/** How to visit five of the seeded cultural and heritage sites. */
export const SEED_VISIT_INFO: Record<string, { conditions: string; languages: string[]; labels: string[] }> = {
  "palais-des-beaux-arts-lille": { conditions: "Billet à l'accueil, gratuit le premier dimanche du mois", languages: ["français", "anglais", "néerlandais"], labels: ["Tourisme & Handicap", "Musée de France"] },
  "la-piscine-roubaix": { conditions: "Billet à l'accueil ; visites guidées le dimanche", languages: ["français", "anglais"], labels: ["Musée de France"] },
  "citadelle-de-lille": { conditions: "Enceinte militaire : visites guidées uniquement, pièce d'identité demandée", languages: ["français"], labels: ["Patrimoine mondial (réseau Vauban)"] },
  "villa-cavrois": { conditions: "Réservation conseillée les week-ends", languages: ["français", "anglais"], labels: ["Monument historique", "Tourisme & Handicap"] },
  "beffroi-armentieres": { conditions: "Montée de 150 marches, visite guidée le samedi", languages: ["français"], labels: ["Patrimoine mondial de l'UNESCO"] },
}
