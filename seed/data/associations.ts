/**
 * Demo merchant associations (unions commerciales). Names are invented; each
 * serves communes of the metropole and counts seeded establishments as members.
 * `proposals` are changes their merchants submit, left pending for the demo.
 */
export type SeedAssociation = {
  name: string
  slug: string
  email: string
  policy: "pre" | "post"
  communes: string[]
  /** Demo moderator logins; the first is the president. */
  moderators: string[]
  members: string[]
  proposals: (
    | { kind: "profile"; handle: string; update: Record<string, unknown> }
    | { kind: "product"; handle: string; product: { title: string; description: string; price: number; quantity: number } }
    | { kind: "opening"; handle: string }
  )[]
}

export const SEED_ASSOCIATIONS: SeedAssociation[] = [
  {
    name: "Les Vitrines du Vieux-Lille",
    slug: "vitrines-du-vieux-lille",
    email: "contact@vitrines-vieux-lille.test",
    policy: "pre",
    communes: ["lille", "lambersart"],
    moderators: ["presidente.vieux-lille", "moderateur.vieux-lille"],
    members: ["boulangerie-du-vieux-lille", "chocolaterie-des-flandres", "creperie-saint-maurice", "atelier-fil-d-or", "librairie-du-canon-d-or"],
    proposals: [
      { kind: "profile", handle: "boulangerie-du-vieux-lille", update: { description: "Pains au levain, viennoiseries pur beurre, merveilleux à la chicorée — et désormais des pains sans gluten le samedi." } },
      { kind: "product", handle: "chocolaterie-des-flandres", product: { title: "Coffret de Noël des Flandres", description: "Pavés, bêtises et truffes au genièvre, 500 g.", price: 39, quantity: 25 } },
      { kind: "opening", handle: "atelier-fil-d-or" },
    ],
  },
  {
    name: "Union commerciale de Roubaix-Tourcoing",
    slug: "union-roubaix-tourcoing",
    email: "bureau@union-roubaix-tourcoing.test",
    policy: "post",
    communes: ["roubaix", "tourcoing", "wattrelos", "croix"],
    moderators: ["president.roubaix-tourcoing"],
    members: ["torrefaction-de-l-epeule", "boulangerie-du-pile", "fromagerie-du-beffroi", "caviste-du-broutteux", "friperie-de-l-alma"],
    proposals: [
      { kind: "profile", handle: "friperie-de-l-alma", update: { description: "Vêtements de seconde main triés, retouchés et lavés — arrivages tous les mardis !" } },
      { kind: "product", handle: "caviste-du-broutteux", product: { title: "Bière de Noël 75 cl", description: "Ambrée épicée brassée pour les fêtes, 7,5 % vol.", price: 7.9, quantity: 48 } },
    ],
  },
  {
    name: "Commerçants des bords de Deûle",
    slug: "commercants-bords-de-deule",
    email: "contact@bords-de-deule.test",
    policy: "pre",
    communes: ["wambrechies", "marcq-en-baroeul", "villeneuve-d-ascq"],
    moderators: ["presidente.deule"],
    members: ["distillerie-du-quai", "miellerie-bords-de-deule", "patisserie-du-plouich", "primeur-du-triolo"],
    proposals: [{ kind: "profile", handle: "miellerie-bords-de-deule", update: { phone: "03 20 78 12 34" } }],
  },
]
