import { NextResponse, type NextRequest } from "next/server"
import { storefrontConfig } from "@/lib/config"

/**
 * A scanned QR code or tapped NFC sticker (`/t/CODE`): the backend counts the
 * scan and says where it leads; an unknown code lands on the home page.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params
  const response = await fetch(`${storefrontConfig().backendUrl}/t/${encodeURIComponent(code)}`, {
    redirect: "manual",
    headers: { "user-agent": request.headers.get("user-agent") ?? "" },
    cache: "no-store",
  })
  const target = response.status === 302 ? response.headers.get("location") : null
  const url = new URL(target ?? "/?tag=inconnu", request.url)
  // Same site, as a relative address: the visitor stays on the host they came through, even behind a cache
  // or a proxy (this server's own address, request.url, may be an internal one).
  return new NextResponse(null, { status: 302, headers: { Location: url.pathname + url.search + url.hash } })
}
