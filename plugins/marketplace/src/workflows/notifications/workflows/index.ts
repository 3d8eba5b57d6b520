export * from "./notify-orders"
