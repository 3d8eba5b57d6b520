import Link from "next/link"
import type { Dictionary } from "@/lib/i18n/dictionaries"
import { currentCart } from "@/lib/shop/cart"

/** The header's cart link with the number of items: read per visitor, never cached. */
export async function CartLink({ t }: { t: Dictionary }) {
  const cart = await currentCart().catch(() => null)
  const count = cart?.items.reduce((n, item) => n + item.quantity, 0) ?? 0
  return (
    <Link href="/panier" className="site-header__cart">
      {t.shop.cartWithCount(count)}
    </Link>
  )
}
