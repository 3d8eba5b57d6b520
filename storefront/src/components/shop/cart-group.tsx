import { Link } from "@/i18n/navigation"
import { changeQuantity } from "@/app/[locale]/panier/actions"
import { commerceModeText } from "@/components/labels"
import { formatPrice } from "@/lib/i18n"
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries"
import { productPath, vitrinePath } from "@/lib/paths"
import type { CartGroup } from "@/lib/shop/cart-groups"

/** One establishment's part of the cart; quantities are editable unless `readOnly` (checkout summary). */
export function CartGroupSection({
  group,
  t,
  locale,
  readOnly = false,
  level = 2,
}: {
  group: CartGroup
  t: Dictionary
  locale: Locale
  readOnly?: boolean
  /** 3 inside the checkout summary, whose own heading is a level 2. */
  level?: 2 | 3
}) {
  const Heading = level === 3 ? "h3" : "h2"
  const commune = group.seller.commune?.slug ?? ""
  const headingId = `groupe-${group.seller.id}`
  return (
    <section aria-labelledby={headingId} className="cart-group">
      <Heading id={headingId}>
        <Link href={vitrinePath(commune, group.seller.handle)}>{group.seller.name}</Link>
      </Heading>
      <p className={`cart-group__mode cart-group__mode--${group.seller.commerce_mode}`}>{commerceModeText(group.seller, t)}</p>
      <table className="cart-table">
        <caption className="visually-hidden">{group.seller.name}</caption>
        <thead>
          <tr>
            <th scope="col">{t.shop.product}</th>
            <th scope="col">{t.shop.unitPrice}</th>
            <th scope="col">{t.shop.quantity}</th>
            <th scope="col">{t.shop.lineTotal}</th>
          </tr>
        </thead>
        <tbody>
          {group.lines.map((line) => (
            <tr key={line.id}>
              <th scope="row">
                {line.product_handle ? (
                  <Link href={productPath(commune, group.seller.handle, line.product_handle)}>{line.product_title ?? line.title}</Link>
                ) : (
                  (line.product_title ?? line.title)
                )}
              </th>
              <td data-label={t.shop.unitPrice}>{formatPrice(line.unit_price, locale)}</td>
              <td>
                {readOnly ? (
                  line.quantity
                ) : (
                  <form action={changeQuantity} className="cart-line__form">
                    <input type="hidden" name="line_id" value={line.id} />
                    <label className="visually-hidden" htmlFor={`qty-${line.id}`}>
                      {t.shop.quantityOf(line.product_title ?? line.title)}
                    </label>
                    <input id={`qty-${line.id}`} name="quantity" type="number" min={0} max={99} defaultValue={line.quantity} />
                    <button type="submit">{t.shop.update}</button>
                    <button type="submit" name="remove" value="1" aria-label={t.shop.removeItem(line.product_title ?? line.title)}>
                      {t.shop.remove}
                    </button>
                  </form>
                )}
              </td>
              <td data-label={t.shop.lineTotal}>{formatPrice(line.total ?? line.unit_price * line.quantity, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t.shop.subtotal}
            </th>
            <td>{formatPrice(group.subtotal, locale)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  )
}

/** What is paid now and what is paid in store. */
export function CartTotals({ online, inStore, t, locale }: { online: number; inStore: number; t: Dictionary; locale: Locale }) {
  return (
    <dl className="cart-totals">
      {online > 0 && (
        <div>
          <dt>{t.shop.payNow}</dt>
          <dd>{formatPrice(online, locale)}</dd>
        </div>
      )}
      {inStore > 0 && (
        <div>
          <dt>{t.shop.payInStore}</dt>
          <dd>{formatPrice(inStore, locale)}</dd>
        </div>
      )}
    </dl>
  )
}
