import PDFDocument from "pdfkit"
import QRCode from "qrcode"
import SVGtoPDF from "svg-to-pdfkit"

/** Names this layout in stored kits' fingerprints: change it with the drawing, so no kit of the old one is served again. */
export const KIT_LAYOUT = "kit-2026-12"

export type KitInput = {
  size: "a6" | "a4"
  establishment: string
  /** The short address the QR code and the NFC sticker carry. */
  url: string
  code: string
  commune: { name: string; logo_url: string | null; primary_color: string | null }
}

const NAVY = "#14213d"
const ORANGE = "#fca311"

/** The platform's mark, drawn (not an image): crisp at any print size. */
function enjoyMark(doc: PDFKit.PDFDocument, x: number, y: number, height: number) {
  const k = height / 40
  doc.roundedRect(x, y, 40 * k, 40 * k, 10 * k).fill(NAVY)
  doc
    .path(`M${x + 11 * k} ${y + 12 * k}h${18 * k}v${4 * k}H${x + 16 * k}v${3 * k}h${11 * k}v${4 * k}H${x + 16 * k}v${3 * k}h${13 * k}v${4 * k}H${x + 11 * k}z`)
    .fill(ORANGE)
  doc.fillColor(NAVY).font("Helvetica-Bold").fontSize(22 * k).text("Enjoy", x + 46 * k, y + 9 * k, { lineBreak: false })
}

/** The commune's logo from its data URI (SVG, PNG or JPEG); nothing when it has none or it cannot be read. */
function communeLogo(doc: PDFKit.PDFDocument, logoUrl: string | null, x: number, y: number, height: number) {
  const match = logoUrl ? /^data:(image\/(?:svg\+xml|png|jpeg));base64,(.+)$/.exec(logoUrl) : null
  if (!match) {
    return
  }
  const bytes = Buffer.from(match[2], "base64")
  try {
    if (match[1] === "image/svg+xml") {
      SVGtoPDF(doc, bytes.toString("utf8"), x, y, { height, width: height * 1.5, preserveAspectRatio: "xMinYMin meet" })
    } else {
      doc.image(bytes, x, y, { height })
    }
  } catch {
    // A logo that cannot be drawn leaves its place empty rather than failing the whole kit.
  }
}

/** The QR code as vector squares, so that a print shop can enlarge it without blur. */
function qr(doc: PDFKit.PDFDocument, url: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" })
  const quiet = 2
  const cell = size / (modules.size + 2 * quiet)
  doc.rect(x, y, size, size).fill("#ffffff")
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.data[row * modules.size + col]) {
        doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell + 0.05, cell + 0.05).fill("#000000")
      }
    }
  }
}

/**
 * The communication kit the commune hands out: an A6 window sticker or an A4
 * poster with the commune's and the platform's logos, the establishment's
 * name, its QR code and short address (also written on its NFC sticker).
 */
export function kitPdf(input: KitInput): Promise<Buffer> {
  const a4 = input.size === "a4"
  const doc = new PDFDocument({ size: a4 ? "A4" : "A6", margin: 0, info: { Title: `${input.establishment} — ${input.commune.name}`, Author: "Enjoy" } })
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))))

  const { width, height } = doc.page
  const margin = a4 ? 48 : 20
  const band = a4 ? 90 : 48
  const accent = /^#[0-9a-f]{6}$/i.test(input.commune.primary_color ?? "") ? input.commune.primary_color! : NAVY
  doc.rect(0, 0, width, band).fill("#ffffff")
  communeLogo(doc, input.commune.logo_url, margin, (band - band * 0.7) / 2, band * 0.7)
  enjoyMark(doc, width - margin - (a4 ? 130 : 70), (band - (a4 ? 40 : 22)) / 2, a4 ? 40 : 22)
  doc.rect(0, band, width, a4 ? 8 : 4).fill(accent)

  let y = band + (a4 ? 50 : 16)
  if (a4) {
    doc.fillColor(NAVY).font("Helvetica").fontSize(22).text("Retrouvez-nous en ligne", margin, y, { width: width - 2 * margin, align: "center" })
    y = doc.y + 14
  }
  doc.fillColor(NAVY).font("Helvetica-Bold").fontSize(a4 ? 34 : 16).text(input.establishment, margin, y, { width: width - 2 * margin, align: "center" })
  y = doc.y + (a4 ? 24 : 10)
  const qrSize = a4 ? 300 : 150
  qr(doc, input.url, (width - qrSize) / 2, y, qrSize)
  y += qrSize + (a4 ? 20 : 8)
  doc
    .fillColor(NAVY)
    .font("Helvetica")
    .fontSize(a4 ? 16 : 9)
    .text("Scannez le code ou approchez votre téléphone de l'autocollant NFC", margin, y, { width: width - 2 * margin, align: "center" })
  doc.moveDown(0.4)
  doc.font("Helvetica-Bold").fontSize(a4 ? 18 : 10).text(input.url.replace(/^https?:\/\//, ""), { width: width - 2 * margin, align: "center" })
  doc
    .font("Helvetica")
    .fontSize(a4 ? 12 : 7)
    .fillColor(NAVY)
    .text(`Code ${input.code} · commerce de ${input.commune.name} sur Enjoy`, margin, height - margin - (a4 ? 14 : 8), { width: width - 2 * margin, align: "center", lineBreak: false })
  doc.end()
  return done
}
