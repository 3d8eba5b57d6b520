import type { Metadata } from "next"
import { ActionForm } from "@/components/pro/action-form"
import { ProHeader } from "@/components/pro/pro-header"
import { getDictionary } from "@/lib/i18n"
import { getOwnSeller, listOwnProducts } from "@/lib/pro/merchant"
import { orNotFound, requirePro } from "@/lib/pro/session"
import { createProductAction, updateProductAction } from "./actions"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ fait?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.pro.products, robots: { index: false } }
}

const euros = (amount: number) => amount.toFixed(2).replace(".", ",")

/** A merchant's products: price and stock edited in place, a new product added at the bottom. */
export default async function ProductsPage({ params, searchParams }: Props) {
  const [{ t }, { id }, { fait }] = await Promise.all([getDictionary(), params, searchParams, requirePro("merchant")])
  const [seller, products] = await Promise.all([orNotFound(getOwnSeller(id)), orNotFound(listOwnProducts(id))])
  const hidden = <input type="hidden" name="seller_id" value={seller.id} />
  return (
    <>
      <ProHeader t={t} actor="merchant" />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.pro.productsOf(seller.name)}</h1>
        <p role="status" className="form-ok">
          {fait === "ajout" ? t.pro.productAdded : fait === "maj" ? t.pro.productSaved : ""}
        </p>
        {products.length === 0 ? (
          <p>{t.pro.noProducts}</p>
        ) : (
          <ul className="results">
            {products.map((product) => {
              const variant = product.variants[0]
              const price = variant?.prices.find((p) => p.currency_code === "eur")?.amount ?? 0
              const level = variant?.inventory_items[0]?.inventory.location_levels[0]
              const stocked = Number(level?.stocked_quantity ?? 0)
              const reserved = Number(level?.reserved_quantity ?? 0)
              return (
                <li key={product.id} className="result">
                  <h2 className="result__title">{product.title}</h2>
                  <p className="result__meta">
                    {t.pro.productStatus[product.status] ?? product.status} · {t.pro.inStockReserved(stocked, reserved)}
                  </p>
                  <ActionForm action={updateProductAction} submit={t.pro.saveProduct} className="product-edit">
                    {hidden}
                    <input type="hidden" name="product_id" value={product.id} />
                    <p className="field">
                      <label htmlFor={`price-${product.id}`}>
                        {t.pro.price}
                        <span className="visually-hidden"> — {product.title}</span>
                      </label>
                      <input id={`price-${product.id}`} name="price" inputMode="decimal" defaultValue={euros(price)} />
                    </p>
                    <p className="field">
                      <label htmlFor={`stock-${product.id}`}>
                        {t.pro.stock}
                        <span className="visually-hidden"> — {product.title}</span>
                      </label>
                      <input id={`stock-${product.id}`} name="quantity" inputMode="numeric" defaultValue={stocked} />
                    </p>
                  </ActionForm>
                </li>
              )
            })}
          </ul>
        )}
        <section aria-labelledby="nouveau-produit">
          <h2 id="nouveau-produit">{t.pro.addProduct}</h2>
          <ActionForm action={createProductAction} submit={t.pro.create}>
            {hidden}
            <p className="field">
              <label htmlFor="new-title">{t.pro.productTitle}</label>
              <input id="new-title" name="title" required maxLength={200} />
            </p>
            <p className="field">
              <label htmlFor="new-description">{t.pro.productDescription}</label>
              <textarea id="new-description" name="description" rows={3} maxLength={5000} />
            </p>
            <p className="field">
              <label htmlFor="new-price">{t.pro.price}</label>
              <input id="new-price" name="price" inputMode="decimal" required />
            </p>
            <p className="field">
              <label htmlFor="new-stock">{t.pro.stock}</label>
              <input id="new-stock" name="quantity" inputMode="numeric" required defaultValue="0" />
            </p>
          </ActionForm>
        </section>
      </main>
    </>
  )
}
