export * from "./catalog"
export * from "./merchant"
export * from "./seller"
