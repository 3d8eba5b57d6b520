export * from "./anonymize-shopper-orders"
