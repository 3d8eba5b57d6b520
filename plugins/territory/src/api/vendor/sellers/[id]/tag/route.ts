import { retrieveOwnSeller } from "@enjoy/marketplace/vendor"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import QRCode from "qrcode"
import { ndefUriMessage, toHex } from "../../../../../lib/ndef"
import { tagUrl } from "../../../../../lib/tag-target"
import { territoryOptions } from "../../../../../utils/plugin-options"
import { fingerprint } from "../../../../../lib/fingerprint"
import { KIT_LAYOUT, kitPdf } from "../../../../../lib/kit-pdf"
import { sendStoredDocument } from "../../../../utils/send-stored-document"
import { issueTagsWorkflow, markKitDownloadedWorkflow } from "../../../../../workflows"
import type { TagQueryType } from "../../../../validators"

/**
 * The establishment's tag for its merchant: the short code and its address,
 * the QR code (SVG to print at any size, PNG for documents) and the NDEF
 * bytes an NFC writer app puts on a sticker, and the printable co-branded kit
 * (A6 window sticker, A4 poster). Issued on first request.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const seller = await retrieveOwnSeller(req, req.params.id)
  const communeId = (seller.commune as { id: string }).id
  const { result: tags } = await issueTagsWorkflow(req.scope).run({
    input: [{ target_type: "seller", target_id: seller.id, commune_id: communeId, seller_id: seller.id }],
  })
  const { storefrontUrl } = territoryOptions(req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE))
  const url = tagUrl(storefrontUrl, tags[0].code)
  const { format } = req.validatedQuery as TagQueryType
  if (format === "svg") {
    res.setHeader("Content-Type", "image/svg+xml")
    res.send(await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 }))
    return
  }
  if (format === "png") {
    res.setHeader("Content-Type", "image/png")
    res.send(await QRCode.toBuffer(url, { type: "png", errorCorrectionLevel: "M", margin: 2, width: 600 }))
    return
  }
  if (format === "a6" || format === "a4") {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [commune],
    } = await query.graph({ entity: "commune", fields: ["name", "logo_url", "primary_color"], filters: { id: communeId } })
    const kit = { size: format, establishment: seller.name, url, code: tags[0].code, commune }
    await markKitDownloadedWorkflow(req.scope).run({ input: { tag_id: tags[0].id } })
    await sendStoredDocument(req, res, {
      key: `kit:${format}:${tags[0].id}`,
      fingerprint: fingerprint(KIT_LAYOUT, kit),
      filename: `kit-${format}-${seller.handle}.pdf`,
      mime_type: "application/pdf",
      access: "public",
      render: () => kitPdf(kit),
    })
    return
  }
  const ndef = ndefUriMessage(url)
  if (format === "ndef") {
    res.setHeader("Content-Type", "application/octet-stream")
    res.setHeader("Content-Disposition", `attachment; filename="${tags[0].code}.ndef"`)
    res.send(Buffer.from(ndef))
    return
  }
  res.json({ tag: { code: tags[0].code, url, ndef_hex: toHex(ndef), kit_downloaded_at: tags[0].kit_downloaded_at ?? null } })
}
