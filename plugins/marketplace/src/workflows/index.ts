export * from "./merchant"
export * from "./seller"
