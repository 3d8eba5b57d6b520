/** The storefront's French URLs, in one place. */
export const communePath = (commune: string) => `/${commune}`
export const vitrinePath = (commune: string, establishment: string) => `/${commune}/etablissements/${establishment}`
export const productPath = (commune: string, establishment: string, product: string) =>
  `${vitrinePath(commune, establishment)}/${encodeURIComponent(product)}`
export const orderPath = (groupId: string) => `/commande/${groupId}`
