export * from "./catalog"
export * from "./merchant"
export * from "./orders"
export * from "./seller"
