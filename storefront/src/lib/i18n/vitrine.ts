/** Vitrine texts (the `vitrine` namespace). */
export const vitrineFr = {
  photos: "Photos",
  photoOf: (name: string, n: number) => `${name}, photo ${n}`,
  map: "Voir sur la carte (OpenStreetMap)",
  directions: "Itinéraire (OpenStreetMap)",
  newTabFor: (name: string) => ` : ${name}, dans un nouvel onglet`,
  website: "Site web",
  stickyActions: "Actions rapides",
  stickyReserve: "Réserver un produit",
  stickyOrder: "Commander un produit",
  accessibilityHeading: "Accessibilité",
  accessibilityUnknown: "L'établissement n'a pas encore renseigné ses conditions d'accès.",
  access: {
    step_free_entrance: { yes: "Entrée de plain-pied", no: "Entrée avec marche" },
    wheelchair_accessible: { yes: "Accessible en fauteuil roulant", no: "Non accessible en fauteuil roulant" },
    accessible_toilets: { yes: "Toilettes adaptées", no: "Pas de toilettes adaptées" },
    hearing_loop: { yes: "Boucle magnétique", no: "Pas de boucle magnétique" },
    assistance_dogs_welcome: { yes: "Chiens d'assistance bienvenus", no: "Chiens d'assistance non admis" },
    large_print: { yes: "Documents en gros caractères", no: "Pas de documents en gros caractères" },
  },
  dealsHeading: "Bons plans",
  until: (when: string) => `jusqu'au ${when}`,
  eventsHeading: "Prochains événements",
  claimDeal: "En profiter",
}

export type VitrineDictionary = typeof vitrineFr

export const vitrineEn: VitrineDictionary = {
  photos: "Photos",
  photoOf: (name, n) => `${name}, photo ${n}`,
  map: "See on the map (OpenStreetMap)",
  directions: "Directions (OpenStreetMap)",
  newTabFor: (name) => `: ${name}, in a new tab`,
  website: "Website",
  stickyActions: "Quick actions",
  stickyReserve: "Reserve a product",
  stickyOrder: "Order a product",
  accessibilityHeading: "Accessibility",
  accessibilityUnknown: "The establishment has not described its access yet.",
  access: {
    step_free_entrance: { yes: "Step-free entrance", no: "Entrance with a step" },
    wheelchair_accessible: { yes: "Wheelchair accessible", no: "Not wheelchair accessible" },
    accessible_toilets: { yes: "Accessible toilets", no: "No accessible toilets" },
    hearing_loop: { yes: "Hearing loop", no: "No hearing loop" },
    assistance_dogs_welcome: { yes: "Assistance dogs welcome", no: "Assistance dogs not allowed" },
    large_print: { yes: "Large-print documents", no: "No large-print documents" },
  },
  dealsHeading: "Deals",
  until: (when) => `until ${when}`,
  eventsHeading: "Upcoming events",
  claimDeal: "Get it",
}
