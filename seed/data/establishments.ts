/**
 * Demo establishments of the Lille metropole. Names, addresses and hours are
 * invented (any likeness to a real business is chance) except the public
 * museums and monuments; coordinates are approximate, inside their commune.
 */
export type SeedEstablishment = {
  commune: string
  name: string
  handle: string
  kind: "shop" | "restaurant" | "craft" | "market" | "service" | "cultural_site" | "heritage_site"
  categories: string[]
  description: string
  address_1: string
  postal_code: string
  city: string
  latitude: number
  longitude: number
  /** OpenStreetMap opening_hours value. */
  hours: string
  commerce_mode: "showcase" | "reservation" | "online"
  status: "draft" | "pending" | "open"
  /** Demo login of the merchant running it (shared by establishments run by the same person). */
  merchant: string
}

export const SEED_ESTABLISHMENTS: SeedEstablishment[] = [
  { commune: "lille", name: "Boulangerie du Vieux-Lille", handle: "boulangerie-du-vieux-lille", kind: "shop", categories: ["boulangerie", "pâtisserie"], description: "Pains au levain, viennoiseries pur beurre et merveilleux à la chicorée.", address_1: "18 rue de la Monnaie", postal_code: "59800", city: "Lille", latitude: 50.6408, longitude: 3.0617, hours: "Tu-Sa 07:00-19:30; Su 07:30-13:00", commerce_mode: "reservation", status: "open", merchant: "camille.boulangerie" },
  { commune: "lille", name: "Estaminet La Bretelle", handle: "estaminet-la-bretelle", kind: "restaurant", categories: ["estaminet", "cuisine flamande"], description: "Carbonade, potjevleesch et welsh dans un décor de brocante.", address_1: "9 rue des Vieux-Murs", postal_code: "59800", city: "Lille", latitude: 50.6412, longitude: 3.0625, hours: "Tu-Sa 12:00-14:30,19:00-23:00; Su 12:00-15:00", commerce_mode: "showcase", status: "open", merchant: "hugo.estaminet" },
  { commune: "lille", name: "Vieille Bourse", handle: "vieille-bourse-lille", kind: "heritage_site", categories: ["monument", "marché aux livres"], description: "Joyau de la Renaissance flamande ; bouquinistes et joueurs d'échecs dans la cour.", address_1: "Place du Général-de-Gaulle", postal_code: "59800", city: "Lille", latitude: 50.6372, longitude: 3.0640, hours: "Tu-Su 13:00-19:00", commerce_mode: "showcase", status: "open", merchant: "accueil.vieille-bourse" },
  { commune: "lille", name: "Atelier Fil d'Or", handle: "atelier-fil-d-or", kind: "craft", categories: ["couture", "retouches"], description: "Retouches, créations sur mesure et cours de couture.", address_1: "41 rue de Gand", postal_code: "59800", city: "Lille", latitude: 50.6421, longitude: 3.0681, hours: "Tu-Fr 10:00-18:30; Sa 10:00-17:00", commerce_mode: "showcase", status: "pending", merchant: "ines.couture" },
  { commune: "roubaix", name: "La Piscine – musée d'art et d'industrie", handle: "la-piscine-roubaix", kind: "cultural_site", categories: ["musée", "beaux-arts"], description: "Musée installé dans une piscine Art déco : beaux-arts, textile et céramique.", address_1: "23 rue de l'Espérance", postal_code: "59100", city: "Roubaix", latitude: 50.6874, longitude: 3.1818, hours: "Tu-Th 11:00-18:00; Fr 11:00-20:00; Sa,Su 13:00-18:00", commerce_mode: "showcase", status: "open", merchant: "accueil.la-piscine" },
  { commune: "roubaix", name: "Torréfaction de l'Épeule", handle: "torrefaction-de-l-epeule", kind: "shop", categories: ["café", "thé", "épicerie fine"], description: "Cafés torréfiés sur place chaque semaine, thés en vrac.", address_1: "112 rue de l'Épeule", postal_code: "59100", city: "Roubaix", latitude: 50.6905, longitude: 3.1662, hours: "Tu-Sa 09:30-19:00", commerce_mode: "online", status: "open", merchant: "nadia.cafe" },
  { commune: "tourcoing", name: "Fromagerie du Beffroi", handle: "fromagerie-du-beffroi", kind: "shop", categories: ["fromagerie", "crèmerie"], description: "Maroilles affinés, vieux-lille et fromages fermiers de la région.", address_1: "7 rue de Lille", postal_code: "59200", city: "Tourcoing", latitude: 50.7228, longitude: 3.1596, hours: "Tu-Fr 09:00-12:30,15:00-19:00; Sa 08:30-19:00", commerce_mode: "reservation", status: "open", merchant: "nadia.cafe" },
  { commune: "tourcoing", name: "Marché Saint-Christophe", handle: "marche-saint-christophe", kind: "market", categories: ["marché", "produits frais"], description: "Marché de plein air : primeurs, bouchers, fleuristes.", address_1: "Place de la République", postal_code: "59200", city: "Tourcoing", latitude: 50.7236, longitude: 3.1617, hours: "Th,Su 07:00-13:00", commerce_mode: "showcase", status: "open", merchant: "placier.tourcoing" },
  { commune: "villeneuve-d-ascq", name: "LaM – Lille Métropole musée d'art moderne", handle: "lam-villeneuve-d-ascq", kind: "cultural_site", categories: ["musée", "art moderne", "art brut"], description: "Art moderne, contemporain et art brut dans un parc de sculptures.", address_1: "1 allée du Musée", postal_code: "59650", city: "Villeneuve-d'Ascq", latitude: 50.6354, longitude: 3.1513, hours: "Tu-Su 10:00-18:00", commerce_mode: "showcase", status: "open", merchant: "accueil.lam" },
  { commune: "villeneuve-d-ascq", name: "Cycles du Héron", handle: "cycles-du-heron", kind: "service", categories: ["vélo", "réparation"], description: "Réparation de vélos en une journée, vélos d'occasion révisés.", address_1: "3 chemin du Lac", postal_code: "59650", city: "Villeneuve-d'Ascq", latitude: 50.6266, longitude: 3.1425, hours: "Tu-Sa 09:00-12:00,14:00-19:00", commerce_mode: "reservation", status: "open", merchant: "yanis.velo" },
  { commune: "wattrelos", name: "Brasserie artisanale du Crétinier", handle: "brasserie-du-cretinier", kind: "craft", categories: ["bière", "brasserie"], description: "Bières de fermentation haute brassées à la main, vente à la brasserie.", address_1: "25 rue du Crétinier", postal_code: "59150", city: "Wattrelos", latitude: 50.7041, longitude: 3.2184, hours: "Fr 16:00-20:00; Sa 10:00-18:00", commerce_mode: "online", status: "open", merchant: "leo.brasserie" },
  { commune: "marcq-en-baroeul", name: "Fleurs de la Marque", handle: "fleurs-de-la-marque", kind: "shop", categories: ["fleuriste"], description: "Bouquets de saison et fleurs coupées de producteurs des Flandres.", address_1: "88 avenue Foch", postal_code: "59700", city: "Marcq-en-Barœul", latitude: 50.6693, longitude: 3.0951, hours: "Tu-Sa 09:00-19:30; Su 09:00-13:00", commerce_mode: "reservation", status: "open", merchant: "ines.couture" },
  { commune: "lambersart", name: "Librairie du Canon d'Or", handle: "librairie-du-canon-d-or", kind: "shop", categories: ["librairie", "jeunesse"], description: "Librairie générale, rayon jeunesse et rencontres d'auteurs.", address_1: "150 avenue de l'Hippodrome", postal_code: "59130", city: "Lambersart", latitude: 50.6497, longitude: 3.0268, hours: "Tu-Sa 10:00-19:00", commerce_mode: "reservation", status: "open", merchant: "sophie.librairie" },
  { commune: "armentieres", name: "Hôtel de ville et beffroi d'Armentières", handle: "beffroi-armentieres", kind: "heritage_site", categories: ["beffroi", "patrimoine UNESCO"], description: "Beffroi inscrit au patrimoine mondial ; visites guidées du sommet.", address_1: "Place du Général-de-Gaulle", postal_code: "59280", city: "Armentières", latitude: 50.6878, longitude: 2.8815, hours: "Sa 14:00-17:00", commerce_mode: "showcase", status: "open", merchant: "accueil.armentieres" },
  { commune: "croix", name: "Boucherie de la Mairie", handle: "boucherie-de-la-mairie-croix", kind: "shop", categories: ["boucherie", "charcuterie"], description: "Viandes de races régionales, charcuterie maison.", address_1: "2 rue Jean-Jaurès", postal_code: "59170", city: "Croix", latitude: 50.6783, longitude: 3.1497, hours: "Tu-Sa 08:00-13:00,15:00-19:30", commerce_mode: "online", status: "open", merchant: "marc.boucherie" },
  { commune: "seclin", name: "Café-théâtre de l'Hôpital", handle: "cafe-theatre-seclin", kind: "restaurant", categories: ["café", "spectacles"], description: "Petite restauration et spectacles le week-end, près de l'hôpital Notre-Dame.", address_1: "5 place Saint-Piat", postal_code: "59113", city: "Seclin", latitude: 50.5483, longitude: 3.0305, hours: "We-Su 11:00-23:00", commerce_mode: "showcase", status: "draft", merchant: "hugo.estaminet" },
  { commune: "wambrechies", name: "Distillerie du Quai", handle: "distillerie-du-quai", kind: "craft", categories: ["genièvre", "spiritueux"], description: "Genièvre distillé au bord de la Deûle ; visites et dégustations.", address_1: "1 rue de la Distillerie", postal_code: "59118", city: "Wambrechies", latitude: 50.6869, longitude: 3.0481, hours: "Tu-Sa 10:00-12:30,14:00-18:00", commerce_mode: "online", status: "open", merchant: "leo.brasserie" },
]
