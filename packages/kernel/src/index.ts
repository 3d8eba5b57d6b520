export * from "./fields"
export * from "./hostile-input"
export * from "./request-errors"
export { frenchFieldErrors } from "./zod-errors"
