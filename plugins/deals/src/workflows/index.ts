export * from "./deals"
