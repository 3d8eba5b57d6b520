export * from "./accept-merchant-invite"
export * from "./invite-merchant"
export * from "./submit-seller"
export * from "./update-vendor-seller"
