export * from "./change-reservation-status"
export * from "./settle-collected-order"
