/**
 * The French words shoppers use for the same thing. Each group is symmetric:
 * a document holding any member is found by every other member. Kept here,
 * beside the code, so that both search providers use one list: the PostgreSQL
 * provider through index-time expansion, Meilisearch through its settings.
 * Multi-word entries match as phrases.
 */
export const FRENCH_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["boulanger", "boulangerie", "pain", "baguette", "viennoiserie", "croissant"],
  ["patissier", "patisserie", "gateau", "entremets"],
  ["caviste", "cave", "vin", "cave a vin", "vigneron", "spiritueux"],
  ["fleuriste", "fleur", "bouquet", "plante"],
  ["resto", "restaurant", "restauration", "brasserie", "bistrot", "estaminet"],
  ["cafe", "bar", "coffee shop", "salon de the"],
  ["boucher", "boucherie", "viande", "charcuterie", "charcutier", "traiteur"],
  ["fromager", "fromagerie", "fromage", "cremerie"],
  ["primeur", "fruits et legumes", "fruit", "legume", "maraicher"],
  ["poissonnier", "poissonnerie", "poisson", "fruits de mer", "maree"],
  ["libraire", "librairie", "livre", "bouquiniste", "bd", "bande dessinee"],
  ["epicier", "epicerie", "alimentation", "supérette", "vrac"],
  ["chocolatier", "chocolat", "confiserie", "bonbon"],
  ["musee", "exposition", "galerie", "patrimoine"],
  ["coiffeur", "coiffure", "barbier", "salon de coiffure"],
  ["velo", "cycle", "bicyclette", "reparation velo"],
  ["bio", "biologique", "agriculture biologique"],
  ["biere", "brasseur", "brasserie artisanale", "houblon"],
  ["vetement", "habillement", "mode", "pret a porter", "boutique de vetements"],
  ["artisan", "atelier", "fait main", "createur"],
  ["concert", "musique", "spectacle"],
  ["marche", "marche de producteurs", "producteur local", "circuit court"],
  ["jouet", "jeux", "ludotheque", "jeu de societe"],
  ["bijou", "bijouterie", "bijoutier", "joaillerie"],
  // Trades and repairs: what people need done rather than who does it.
  ["cordonnier", "cordonnerie", "reparation chaussure", "ressemelage", "talon minute", "cle minute", "double de cle", "reproduction de cle"],
  ["retoucherie", "retouche", "couture", "couturier", "couturiere", "ourlet", "reparation vetement"],
  ["pressing", "blanchisserie", "teinturerie", "nettoyage a sec", "repassage"],
  ["quincaillerie", "quincaillier", "bricolage", "outillage", "visserie"],
  ["garage", "garagiste", "mecanicien", "reparation voiture", "entretien auto", "vidange"],
  ["institut", "institut de beaute", "estheticienne", "esthetique", "soin visage", "manucure"],
  ["serrurier", "serrurerie", "ouverture de porte"],
  // Outings: what families look for.
  ["famille", "en famille", "enfant", "jeune public"],
]

/**
 * Words that carry no meaning in a query ("pain *de* campagne"), given to
 * Meilisearch; PostgreSQL's French configuration has its own list.
 */
export const FRENCH_STOP_WORDS: readonly string[] = [
  "a", "au", "aux", "avec", "ce", "ces", "dans", "de", "des", "du", "elle", "en", "et", "eux", "il", "je", "la",
  "le", "les", "leur", "lui", "ma", "mais", "me", "mes", "moi", "mon", "ne", "nos", "notre", "nous", "on", "ou",
  "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sur", "ta", "te", "tes", "toi", "ton", "tu",
  "un", "une", "vos", "votre", "vous", "d", "l", "j", "m", "n", "s", "t", "y",
]
