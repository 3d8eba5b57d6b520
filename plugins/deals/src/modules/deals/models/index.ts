export { Deal } from "./deal"
export { DealClaim } from "./deal-claim"
export { RedemptionAttempt } from "./redemption-attempt"
