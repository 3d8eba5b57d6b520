export * from "./change-seller-status"
export * from "./create-seller"
export * from "./update-seller"
export * from "./create-seller-pickup"
