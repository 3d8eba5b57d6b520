export * from "./validate-seller-product"
export * from "./ensure-default-shipping-profile"
export * from "./free-product-handle"
export * from "./set-seller-stock"
