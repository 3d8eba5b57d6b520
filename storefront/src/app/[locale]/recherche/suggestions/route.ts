import { NextResponse, type NextRequest } from "next/server"
import { suggest } from "@/lib/search/discover"

/** What the search box offers while typing; the publishable key stays on the server. */
export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get("q")?.trim().slice(0, 100) ?? ""
  if (!q) {
    return NextResponse.json({ suggestions: [] })
  }
  try {
    return NextResponse.json({ suggestions: await suggest(q) })
  } catch {
    return NextResponse.json({ suggestions: [] }, { status: 502 })
  }
}
