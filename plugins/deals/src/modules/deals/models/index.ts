export { Deal } from "./deal"
export { DealClaim } from "./deal-claim"
export { AgendaEvent } from "./event"
export { RedemptionAttempt } from "./redemption-attempt"
