export * from "./accept-moderator-invite"
export * from "./change-membership"
export * from "./create-association"
export * from "./invite-moderator"
