/** The backend route an import form's choice goes to: products, or establishments from SIRENE or the template. */
export function importPath(source: string | null, commit: boolean): string {
  return source === "produits"
    ? `/commune/imports/products?commit=${commit}`
    : `/commune/imports/establishments?source=${source === "modele" ? "modele" : "sirene"}&commit=${commit}`
}
