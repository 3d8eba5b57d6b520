export * from "./workflows"
