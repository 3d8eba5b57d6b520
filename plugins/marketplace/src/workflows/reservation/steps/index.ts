export * from "./update-pickup-reservation"
export * from "./validate-reservation-move"
