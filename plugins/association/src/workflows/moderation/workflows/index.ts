export * from "./decide-moderation-case"
export * from "./edit-seller-on-behalf"
export * from "./notify-case-decision"
