export * from "./workflows/link-order-to-sellers"
