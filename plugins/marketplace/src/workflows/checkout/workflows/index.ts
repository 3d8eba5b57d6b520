export * from "./checkout-marketplace-cart"
export * from "./prepare-online-payment"
export * from "./process-online-payment"
