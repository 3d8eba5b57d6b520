export * from "./decide-moderation-case"
export * from "./edit-seller-on-behalf"
export * from "./notify-case-decision"
export * from "./edit-product-on-behalf"
