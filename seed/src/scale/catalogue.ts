/**
 * Words the scale generator builds a realistic French territory from: the
 * communes of the Lille metropole, family names of the Nord, and for each
 * trade how its shops are named, described and what they sell.
 */
export const MEL_COMMUNES = [
  "Lille", "Roubaix", "Tourcoing", "Villeneuve-d'Ascq", "Wattrelos", "Marcq-en-Barœul", "Lambersart", "Armentières",
  "Croix", "Seclin", "Wambrechies", "Hem", "La Madeleine", "Loos", "Mons-en-Barœul", "Ronchin", "Faches-Thumesnil",
  "Halluin", "Wasquehal", "Haubourdin", "Comines", "Wervicq-Sud", "Bondues", "Mouvaux", "Roncq", "Neuville-en-Ferrain",
  "Linselles", "Saint-André-lez-Lille", "Marquette-lez-Lille", "Quesnoy-sur-Deûle", "Leers", "Lys-lez-Lannoy", "Lannoy",
  "Toufflers", "Sailly-lez-Lannoy", "Forest-sur-Marque", "Willems", "Baisieux", "Chéreng", "Anstaing", "Tressin",
  "Gruson", "Bouvines", "Sainghin-en-Mélantois", "Lesquin", "Vendeville", "Templemars", "Wattignies", "Emmerin",
  "Noyelles-lès-Seclin", "Houplin-Ancoisne", "Wavrin", "Don", "Allennes-les-Marais", "Annœullin", "Carnin", "Bauvin",
  "Provin", "Sequedin", "Englos", "Ennetières-en-Weppes", "Hallennes-lez-Haubourdin", "Santes", "Erquinghem-Lys",
  "Frelinghien", "Houplines", "Bois-Grenier", "La Chapelle-d'Armentières", "Capinghem", "Pérenchies", "Prémesques",
  "Lompret", "Verlinghem", "Deûlémont", "Warneton", "Bousbecque", "Erquinghem-le-Sec", "Escobecques", "Beaucamps-Ligny",
  "Radinghem-en-Weppes", "Le Maisnil", "Fromelles", "Aubers", "Herlies", "Illies", "Sainghin-en-Weppes", "Marquillies",
  "Hantay", "Salomé", "La Bassée", "Fournes-en-Weppes", "Wicres", "Péronne-en-Mélantois", "Fretin", "Ennevelin",
]

export const SURNAMES = [
  "Dubois", "Lefebvre", "Vandenbussche", "Delannoy", "Vermeersch", "Deconinck", "Lemaire", "Desmet", "Vanhoutte",
  "Leclercq", "Delattre", "Vandamme", "Declercq", "Duhamel", "Lefort", "Mahieu", "Verstraete", "Coppin", "Dhondt",
  "Lecomte", "Vanneste", "Hennion", "Boulanger", "Carpentier", "Dewitte", "Hoste", "Masquelier", "Six", "Wallaert",
  "Deschamps", "Martin", "Bernard", "Petit", "Duriez", "Lepers", "Catteau", "Dujardin", "Plouvier", "Vasseur",
]

export const PLACES = ["du Beffroi", "de la Place", "du Marché", "de la Gare", "du Canal", "des Flandres", "de l'Église", "du Centre", "de la Mairie", "du Parc"]

export type Trade = {
  kind: "shop" | "restaurant" | "craft" | "market" | "service" | "cultural_site" | "heritage_site"
  categories: string[]
  names: string[]
  description: string
  products: { title: string; min: number; max: number }[]
  weight: number
}

export const TRADES: Trade[] = [
  { kind: "shop", categories: ["boulangerie", "pâtisserie"], names: ["Boulangerie {nom}", "Au Fournil {lieu}", "La Mie {lieu}"], description: "Pains au levain, baguettes de tradition et viennoiseries pur beurre.", products: [{ title: "Baguette tradition", min: 1.1, max: 1.5 }, { title: "Pain de campagne", min: 3, max: 5 }, { title: "Croissant pur beurre", min: 1, max: 1.6 }, { title: "Tarte au sucre", min: 9, max: 15 }, { title: "Couque au sucre", min: 1.8, max: 2.6 }], weight: 10 },
  { kind: "shop", categories: ["boucherie", "charcuterie"], names: ["Boucherie {nom}", "Boucherie {lieu}"], description: "Viandes de races régionales, charcuterie maison et plats du traiteur.", products: [{ title: "Carbonade flamande", min: 14, max: 22 }, { title: "Potjevleesch maison", min: 18, max: 28 }, { title: "Saucisse de Toulouse", min: 9, max: 14 }, { title: "Rôti de porc", min: 12, max: 19 }], weight: 6 },
  { kind: "shop", categories: ["fromagerie", "crèmerie"], names: ["Fromagerie {nom}", "La Cave à Fromages {lieu}"], description: "Maroilles affinés, vieux-lille, fromages fermiers et crèmerie.", products: [{ title: "Maroilles AOP", min: 8, max: 12 }, { title: "Vieux-Lille", min: 5, max: 8 }, { title: "Mimolette extra-vieille", min: 6, max: 11 }, { title: "Beurre fermier", min: 3, max: 5 }], weight: 4 },
  { kind: "shop", categories: ["caviste", "vins"], names: ["Cave {nom}", "Le Caviste {lieu}"], description: "Vins de vignerons, bières du Nord et spiritueux choisis.", products: [{ title: "Côtes-du-Rhône bio", min: 9, max: 16 }, { title: "Champagne brut", min: 25, max: 45 }, { title: "Bière de garde", min: 4, max: 9 }, { title: "Genièvre de Wambrechies", min: 25, max: 38 }], weight: 4 },
  { kind: "shop", categories: ["fleuriste"], names: ["Fleurs {lieu}", "L'Atelier Floral {nom}"], description: "Bouquets de saison, plantes vertes et compositions pour les fêtes.", products: [{ title: "Bouquet de saison", min: 20, max: 45 }, { title: "Orchidée en pot", min: 18, max: 35 }, { title: "Plante verte", min: 12, max: 40 }], weight: 4 },
  { kind: "shop", categories: ["librairie"], names: ["Librairie {nom}", "Le Chat qui Lit {lieu}"], description: "Librairie générale, bandes dessinées et rayon jeunesse.", products: [{ title: "Roman de la rentrée", min: 18, max: 24 }, { title: "Bande dessinée", min: 12, max: 25 }, { title: "Carte cadeau librairie", min: 20, max: 50 }], weight: 3 },
  { kind: "shop", categories: ["épicerie", "vrac", "bio"], names: ["Épicerie {nom}", "Le Vrac {lieu}"], description: "Épicerie en vrac, produits bio et locaux.", products: [{ title: "Lentilles vertes bio", min: 4, max: 6 }, { title: "Café en grains", min: 7, max: 14 }, { title: "Huile d'olive", min: 9, max: 18 }, { title: "Savon de Marseille", min: 3, max: 6 }], weight: 5 },
  { kind: "shop", categories: ["primeur", "fruits et légumes"], names: ["Primeur {nom}", "Les Jardins {lieu}"], description: "Fruits et légumes de saison des maraîchers de la métropole.", products: [{ title: "Pommes reinette", min: 2.5, max: 6 }, { title: "Panier de légumes de saison", min: 12, max: 25 }, { title: "Endives de pleine terre", min: 3, max: 6 }], weight: 4 },
  { kind: "shop", categories: ["vêtements", "friperie"], names: ["Boutique {nom}", "La Friperie {lieu}"], description: "Vêtements, friperie et créateurs de la région.", products: [{ title: "Pull en laine", min: 25, max: 80 }, { title: "Veste en jean", min: 20, max: 90 }, { title: "Écharpe tricotée", min: 15, max: 40 }], weight: 4 },
  { kind: "shop", categories: ["chocolaterie", "confiserie"], names: ["Chocolaterie {nom}", "Les Délices {lieu}"], description: "Chocolats, pralinés et bêtises maison.", products: [{ title: "Ballotin de pralinés", min: 15, max: 30 }, { title: "Tablette noire 70 %", min: 4, max: 8 }, { title: "Pavés du Nord", min: 9, max: 15 }], weight: 3 },
  { kind: "restaurant", categories: ["estaminet", "cuisine flamande"], names: ["Estaminet {lieu}", "Estaminet Chez {nom}"], description: "Carbonade, welsh et potjevleesch dans un estaminet chaleureux.", products: [{ title: "Bon pour un welsh", min: 12, max: 18 }, { title: "Tarte au maroilles à emporter", min: 12, max: 20 }], weight: 5 },
  { kind: "restaurant", categories: ["restaurant", "bistronomie"], names: ["Restaurant {nom}", "Le Bistrot {lieu}", "La Table {lieu}"], description: "Cuisine de saison, produits locaux et menu du marché.", products: [{ title: "Bon pour un menu du marché", min: 20, max: 45 }], weight: 6 },
  { kind: "restaurant", categories: ["café", "salon de thé"], names: ["Café {lieu}", "Le Salon de Thé {nom}"], description: "Cafés de spécialité, thés et pâtisseries maison.", products: [{ title: "Café gourmand", min: 6, max: 10 }], weight: 4 },
  { kind: "craft", categories: ["céramique", "atelier"], names: ["Atelier Céramique {nom}", "Poterie {lieu}"], description: "Céramiques tournées à la main et cours d'initiation.", products: [{ title: "Bol en grès", min: 18, max: 35 }, { title: "Cours d'initiation au tournage", min: 40, max: 70 }], weight: 2 },
  { kind: "craft", categories: ["bière", "brasserie"], names: ["Brasserie {nom}", "Brasserie artisanale {lieu}"], description: "Bières de fermentation haute brassées sur place.", products: [{ title: "Bière blonde 33 cl", min: 2.5, max: 4 }, { title: "Coffret découverte", min: 15, max: 25 }], weight: 2 },
  { kind: "service", categories: ["coiffure"], names: ["Salon {nom}", "Coiffure {lieu}"], description: "Coiffure femmes, hommes et enfants, barbier.", products: [{ title: "Carte cadeau coiffure", min: 30, max: 60 }], weight: 4 },
  { kind: "service", categories: ["vélo", "réparation"], names: ["Cycles {nom}", "Vélos {lieu}"], description: "Réparation de vélos, location et accessoires.", products: [{ title: "Révision complète", min: 40, max: 70 }, { title: "Location vélo à la journée", min: 12, max: 20 }], weight: 2 },
  { kind: "service", categories: ["cordonnerie", "clés"], names: ["Cordonnerie {nom}", "Cordonnerie {lieu}"], description: "Ressemelage, reproduction de clés et entretien du cuir.", products: [{ title: "Ressemelage", min: 20, max: 45 }, { title: "Cirage crème", min: 5, max: 9 }], weight: 2 },
  { kind: "market", categories: ["marché", "produits frais"], names: ["Marché {lieu}", "Marché du {jour}"], description: "Marché de plein air : primeurs, fromagers, bouchers et fleuristes.", products: [], weight: 2 },
  { kind: "cultural_site", categories: ["musée"], names: ["Musée {lieu}", "Maison du Patrimoine {nom}"], description: "Collections d'histoire locale, expositions temporaires et ateliers.", products: [], weight: 1 },
  { kind: "heritage_site", categories: ["monument historique", "patrimoine"], names: ["Chapelle {lieu}", "Moulin {nom}", "Château {nom}"], description: "Monument du patrimoine local ouvert à la visite.", products: [], weight: 1 },
]
