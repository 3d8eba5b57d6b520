export * from "./notify-orders"
export * from "./notify-password-reset"
