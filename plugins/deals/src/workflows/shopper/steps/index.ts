export * from "./erase-shopper-claims"
