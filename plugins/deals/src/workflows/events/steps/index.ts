export * from "./create-event"
export * from "./prepare-event"
export * from "./set-event-status"
export * from "./update-draft-event"
