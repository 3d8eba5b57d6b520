"use client"

import { useTranslations } from "next-intl"
import { useEffect, useState } from "react"
import { Link, usePathname } from "@/i18n/navigation"

/** Sent by the forms that change the cart, so that the header's count follows without reloading the page. */
export const CART_CHANGED = "enjoy:cart-changed"

/**
 * The header's cart link with the number of items. Public pages are cached for everyone, so the count
 * is asked by the browser (and again after each change or navigation); without JavaScript it reads "Panier".
 * The number shows as a badge whose place is kept while empty: when it arrives, nothing in the header
 * moves (a longer "Panier (1 article)" wrapped the header on a phone and pushed the page down). Screen
 * readers hear "Panier (1 article)".
 */
export function CartLink() {
  const counts = useTranslations("counts")
  const pathname = usePathname()
  const [count, setCount] = useState(0)
  useEffect(() => {
    const controller = new AbortController()
    const refresh = () =>
      fetch("/api/panier", { signal: controller.signal, cache: "no-store" })
        .then((response) => (response.ok ? response.json() : { count: 0 }))
        .then((body: { count: number }) => setCount(body.count))
        .catch(() => undefined)
    void refresh()
    window.addEventListener(CART_CHANGED, refresh)
    return () => {
      controller.abort()
      window.removeEventListener(CART_CHANGED, refresh)
    }
  }, [pathname])
  return (
    <Link href="/panier" className="site-header__cart">
      {counts("cart")}
      <span className="site-header__count" aria-hidden="true">
        {count > 0 ? count : ""}
      </span>
      {count > 0 && <span className="visually-hidden"> {counts("cartItems", { count })}</span>}
    </Link>
  )
}
