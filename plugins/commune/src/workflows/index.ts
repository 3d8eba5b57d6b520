export * from "./commune"
