export * from "./create-commune-event"
export * from "./create-vendor-event"
export * from "./expire-event"
export * from "./submit-event"
