import { NextResponse } from "next/server"
import { currentCart } from "@/lib/shop/cart"

/** How many items this visitor's cart holds, for the header of pages served from cache (which know no visitor). */
export async function GET() {
  const cart = await currentCart().catch(() => null)
  const count = cart?.items.reduce((n, item) => n + item.quantity, 0) ?? 0
  return NextResponse.json({ count }, { headers: { "Cache-Control": "private, no-store" } })
}
