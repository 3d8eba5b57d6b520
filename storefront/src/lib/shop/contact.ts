import type { FormsDictionary } from "@/lib/i18n/forms"

/** Who is checking out: what a guest gives so the establishments can reach them. */
export type Contact = { first_name: string; last_name: string; email: string; phone: string }
export type ContactField = keyof Contact
export type ContactErrors = Partial<Record<ContactField, string>>

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
/** French numbers as people type them: 06 12 34 56 78, 06.12.34.56.78, +33 6 12 34 56 78. */
const PHONE = /^(?:0|\+33 ?|0033 ?)[1-9](?:[ .-]?\d{2}){4}$/

/**
 * Reads and checks the contact fields of the checkout form; every problem is
 * reported at once, in the visitor's language, next to its field.
 */
export function parseContact(
  form: Record<string, unknown>,
  messages: FormsDictionary["contact"]
): { contact: Contact } | { errors: ContactErrors } {
  const text = (field: ContactField) => (typeof form[field] === "string" ? (form[field] as string).trim() : "")
  const contact: Contact = {
    first_name: text("first_name").slice(0, 100),
    last_name: text("last_name").slice(0, 100),
    email: text("email").toLowerCase(),
    phone: text("phone"),
  }
  const errors: ContactErrors = {}
  for (const field of Object.keys(messages) as ContactField[]) {
    if (!contact[field]) {
      errors[field] = messages[field].missing
    }
  }
  if (contact.email && !EMAIL.test(contact.email)) {
    errors.email = messages.email.invalid
  }
  if (contact.phone && !PHONE.test(contact.phone)) {
    errors.phone = messages.phone.invalid
  }
  return Object.keys(errors).length ? { errors } : { contact }
}
