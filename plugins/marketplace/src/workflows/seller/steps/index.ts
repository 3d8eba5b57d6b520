export * from "./create-sellers"
export * from "./update-sellers"
export * from "./validate-seller-data"
export * from "./validate-seller-transition"
