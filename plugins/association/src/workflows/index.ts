export * from "./association"
export * from "./moderation"
