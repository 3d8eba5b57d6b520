import { createKey, listKeys } from "../../utils/partner-keys"

/** Partner keys to the territory API: list (with usage) and issue. */
export const GET = listKeys
export const POST = createKey
