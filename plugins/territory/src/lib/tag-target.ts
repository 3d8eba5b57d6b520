/** Where a tag leads on the storefront: the establishment's vitrine, or the bon plan among its commune's bons plans. */
export function tagTargetUrl(
  storefrontUrl: string,
  tag: { target_type: "seller" | "deal"; target_id: string },
  seller: { handle: string; commune_slug: string }
): string {
  const vitrine = `${storefrontUrl}/${seller.commune_slug}/etablissements/${seller.handle}`
  return tag.target_type === "seller" ? vitrine : `${vitrine}#bon-plan-${tag.target_id}`
}

/** The short address printed under a QR code and written on the NFC sticker. */
export const tagUrl = (storefrontUrl: string, code: string) => `${storefrontUrl}/t/${code}`
