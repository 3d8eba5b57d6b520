export * from "./create-seller-product"
export * from "./update-seller-product"
