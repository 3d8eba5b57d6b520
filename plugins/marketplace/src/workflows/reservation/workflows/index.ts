export * from "./change-reservation-status"
