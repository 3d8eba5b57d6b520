import { createHash, randomBytes } from "node:crypto"

/** A partner key: shown once, only its hash is kept; its first characters identify it in lists. */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = `enjoy_pk_${randomBytes(24).toString("base64url")}`
  return { key, prefix: key.slice(0, 14), hash: hashApiKey(key) }
}

export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("hex")
