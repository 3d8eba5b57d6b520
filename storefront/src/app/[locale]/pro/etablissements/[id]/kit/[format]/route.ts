import { getDictionary } from "@/lib/i18n"
import { storefrontConfig } from "@/lib/config"
import { proSession } from "@/lib/pro/session"

const FORMATS: Record<string, { type: string; file: string }> = {
  svg: { type: "image/svg+xml", file: "qr-code.svg" },
  png: { type: "image/png", file: "qr-code.png" },
  ndef: { type: "application/octet-stream", file: "autocollant-nfc.ndef" },
  a6: { type: "application/pdf", file: "kit-autocollant-a6.pdf" },
  a4: { type: "application/pdf", file: "kit-affiche-a4.pdf" },
}

/** The establishment's QR code or NFC record, fetched for its signed-in merchant (an image tag cannot carry the token). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const { t } = await getDictionary()
  const { id, format } = await params
  const session = await proSession()
  const wanted = FORMATS[format]
  if (!wanted || session?.actor !== "merchant") {
    return new Response(t.forms.notFound, { status: 404 })
  }
  const response = await fetch(`${storefrontConfig().backendUrl}/vendor/sellers/${encodeURIComponent(id)}/tag?format=${format}`, {
    headers: { authorization: `Bearer ${session.token}` },
    cache: "no-store",
  })
  if (!response.ok) {
    return new Response(t.forms.notFound, { status: response.status === 401 ? 401 : 404 })
  }
  const download = new URL(request.url).searchParams.has("telecharger")
  return new Response(response.body, {
    headers: {
      "content-type": wanted.type,
      "cache-control": "private, no-store",
      ...(download ? { "content-disposition": `attachment; filename="${wanted.file}"` } : {}),
    },
  })
}
