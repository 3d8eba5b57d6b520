import { revokeKey } from "../../../../utils/partner-keys"

export const POST = revokeKey
