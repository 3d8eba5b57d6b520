import { model } from "@medusajs/framework/utils"

/**
 * One checkout of a cart holding several establishments: one order per
 * establishment, grouped under this id, which the shopper sees as the
 * reference of their purchase.
 */
export const OrderGroup = model
  .define("order_group", {
    id: model.id({ prefix: "ogrp" }).primaryKey(),
    /** A cart is checked out once: the key that makes checkout idempotent. */
    cart_id: model.text().unique(),
    email: model.text(),
    customer_id: model.text().nullable(),
    /** The cart's payment collection, paid online for the online establishments' orders. */
    payment_collection_id: model.text().nullable(),
    online_total: model.bigNumber().default(0),
  })
