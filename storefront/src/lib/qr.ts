import "server-only"
import QRCode from "qrcode"

/** A QR code as inline SVG markup, drawn on the server: sharp at any size, nothing to download. */
export async function qrSvg(payload: string): Promise<string> {
  return QRCode.toString(payload, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } })
}
