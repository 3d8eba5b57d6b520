export * from "./checkout-marketplace-cart"
export * from "./prepare-online-payment"
