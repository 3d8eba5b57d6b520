export * from "./build-order-messages"
