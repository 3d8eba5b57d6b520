/**
 * INSEE commune codes are 5 characters: the department (2 digits, or 2A/2B
 * for Corsica, or 97x overseas) followed by the commune's number.
 */
const INSEE_CODE = /^(?:\d{2}|2A|2B)\d{3}$/

export function isValidInseeCode(code: string): boolean {
  if (!INSEE_CODE.test(code)) {
    return false
  }
  // "20xxx" no longer exists: Corsica was split into 2A and 2B in 1976.
  return !code.startsWith("20")
}

/** French postal codes: 5 digits, from 01000 to 98xxx. */
export function isValidPostalCode(code: string): boolean {
  return /^\d{5}$/.test(code) && !code.startsWith("00")
}
