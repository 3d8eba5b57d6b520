export * from "./create-seller-product"
