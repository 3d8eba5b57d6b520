// Validation: zod building blocks, hostile-input guards, request errors.
export * from "./fields"
export * from "./hostile-input"
export * from "./request-errors"
export { frenchFieldErrors } from "./zod-errors"
export * from "./path-params"
// French text and search.
export * from "./french-text"
export * from "./synonyms-fr"
export * from "./french-search"
export * from "./product-handle"
// Time: Paris wall-clock, opening hours.
export * from "./paris-time"
export * from "./opening-hours"
export * from "./open-slots"
export * from "./osm-opening-hours"
// Places and businesses.
export * from "./geo"
export * from "./siret"
export * from "./colors"
// Invitations and workflows.
export * from "./invite-token"
export * from "./identity-emails"
export * from "./previous-values"
// Files.
export * from "./csv"
export * from "./erasure"
