export * from "./aggregate-stat-day"
export * from "./issue-tags"
export * from "./purge-stat-events"
export * from "./record-stat-events"
