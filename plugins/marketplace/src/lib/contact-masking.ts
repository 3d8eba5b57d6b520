/**
 * What someone holding only an order's reference may read of the shopper's contact: enough to recognise
 * it ("l**@exemple.fr"), not enough to write to or call them.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@")
  if (at < 1) return "***"
  const local = email.slice(0, at)
  return `${local[0]}${"*".repeat(Math.min(Math.max(local.length - 1, 2), 8))}${email.slice(at)}`
}

/** "06 •• •• •• 78": the last two digits only. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "")
  return digits.length < 4 ? "***" : `${"•".repeat(digits.length - 2)}${digits.slice(-2)}`
}
