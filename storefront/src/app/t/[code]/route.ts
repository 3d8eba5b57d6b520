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
  // Same site: keep the path, so that the visitor stays on the address they came through.
  return NextResponse.redirect(new URL(url.pathname + url.search + url.hash, request.url), 302)
}
