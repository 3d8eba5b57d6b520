export * from "./deals"
export * from "./events"
export * from "./discovery"
export * from "./shopper"
