export * from "./stat-daily"
export * from "./stat-event"
export * from "./tag"
