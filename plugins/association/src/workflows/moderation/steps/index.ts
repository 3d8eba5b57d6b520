export * from "./create-audit-entry"
export * from "./update-moderation-case"
export * from "./validate-decision"
export * from "./validate-on-behalf"
