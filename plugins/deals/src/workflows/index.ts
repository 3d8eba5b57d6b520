export * from "./deals"
export * from "./events"
export * from "./discovery"
