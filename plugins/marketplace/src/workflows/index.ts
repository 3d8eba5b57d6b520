export * from "./seller"
