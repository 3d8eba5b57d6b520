import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isBot } from "../../../lib/audience"
import { normalizeTagCode } from "../../../lib/tag-code"
import { tagTargetUrl } from "../../../lib/tag-target"
import { territoryOptions } from "../../../utils/plugin-options"
import { recordStatEventsWorkflow } from "../../../workflows"

/** A scanned QR code or tapped NFC sticker: counted (people only, nobody identified), then on to the page. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const code = normalizeTagCode(req.params.code)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [tag],
  } = code
    ? await query.graph({ entity: "territory_tag", fields: ["code", "target_type", "target_id", "commune_id", "seller_id"], filters: { code } })
    : { data: [] }
  if (!tag) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No tag has the code '${req.params.code}'`)
  }
  const {
    data: [seller],
  } = await query.graph({ entity: "seller", fields: ["handle", "status", "commune.slug"], filters: { id: tag.seller_id } })
  const communeSlug = (seller?.commune as { slug: string } | undefined)?.slug
  if (!seller || !communeSlug) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `The page of tag '${code}' no longer exists`)
  }
  if (!isBot(req.get("user-agent"))) {
    await recordStatEventsWorkflow(req.scope).run({
      input: [{ kind: "tag_scan", commune_id: tag.commune_id, seller_id: tag.seller_id, detail: tag.target_type === "deal" ? tag.target_id : null }],
    })
  }
  const { storefrontUrl } = territoryOptions(req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE))
  res.setHeader("Cache-Control", "no-store")
  res.redirect(302, tagTargetUrl(storefrontUrl, tag, { handle: seller.handle, commune_slug: communeSlug }))
}
