export * from "./create-stat-events"
export * from "./create-tags"
export * from "./purge-stat-events"
export * from "./replace-daily-stats"
