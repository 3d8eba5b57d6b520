let counter = 0

const allDay = [{ open: "00:00", close: "24:00" }]

/** A valid establishment payload near Lille's centre; each call gets its own handle. */
export function sellerPayload(communeId: string, overrides: Record<string, unknown> = {}) {
  counter += 1
  return {
    commune_id: communeId,
    name: `Boulangerie ${counter}`,
    handle: `boulangerie-${counter}`,
    kind: "shop",
    categories: ["boulangerie"],
    address_1: "12 rue de la Monnaie",
    postal_code: "59000",
    city: "Lille",
    latitude: 50.6405,
    longitude: 3.0612,
    siret: "732 829 320 00074",
    opening_hours: {
      weekly: { mo: allDay, tu: allDay, we: allDay, th: allDay, fr: allDay, sa: allDay, su: allDay },
      exceptions: [],
    },
    ...overrides,
  }
}

export const NEVER_OPEN = {
  weekly: { mo: [], tu: [], we: [], th: [], fr: [], sa: [], su: [] },
  exceptions: [],
}
