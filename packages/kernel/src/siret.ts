/** SIREN of La Poste, whose establishments follow their own checksum rule. */
const LA_POSTE_SIREN = "356000000"

function luhnSum(digits: string): number {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum
}

/**
 * A SIRET is 14 digits passing the Luhn check, except La Poste's
 * establishments, whose digits must add up to a multiple of 5.
 */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) {
    return false
  }
  if (value.startsWith(LA_POSTE_SIREN) && luhnSum(value) % 10 !== 0) {
    const digitSum = [...value].reduce((sum, d) => sum + Number(d), 0)
    return digitSum % 5 === 0
  }
  return luhnSum(value) % 10 === 0
}

/** Accepts what people type ("732 829 320 00074") and keeps the digits. */
export function normalizeSiret(value: string): string {
  return value.replace(/[\s.-]/g, "")
}
