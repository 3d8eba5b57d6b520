export * from "./deals"
export * from "./events"
