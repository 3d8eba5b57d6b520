export * from "./steps"
export * from "./types"
export * from "./workflows"
