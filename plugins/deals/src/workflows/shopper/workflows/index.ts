export * from "./erase-shopper-account"
