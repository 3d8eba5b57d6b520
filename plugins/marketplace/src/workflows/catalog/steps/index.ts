export * from "./validate-seller-product"
