export * from "./create-seller-product"
export * from "./update-seller-product"
export * from "./create-assisted-products"
