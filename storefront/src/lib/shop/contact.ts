/** Who is checking out: what a guest gives so the establishments can reach them. */
export type Contact = { first_name: string; last_name: string; email: string; phone: string }
export type ContactField = keyof Contact
export type ContactErrors = Partial<Record<ContactField, string>>

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
/** French numbers as people type them: 06 12 34 56 78, 06.12.34.56.78, +33 6 12 34 56 78. */
const PHONE = /^(?:0|\+33 ?|0033 ?)[1-9](?:[ .-]?\d{2}){4}$/

const MESSAGES: Record<ContactField, { missing: string; invalid?: string }> = {
  first_name: { missing: "Indiquez votre prénom." },
  last_name: { missing: "Indiquez votre nom." },
  email: { missing: "Indiquez votre adresse e-mail.", invalid: "Cette adresse e-mail n'est pas valide (exemple : nom@exemple.fr)." },
  phone: { missing: "Indiquez un numéro de téléphone.", invalid: "Ce numéro n'est pas valide (exemple : 06 12 34 56 78)." },
}

/**
 * Reads and checks the contact fields of the checkout form; every problem is
 * reported at once, in French, next to its field.
 */
export function parseContact(form: Record<string, unknown>): { contact: Contact } | { errors: ContactErrors } {
  const text = (field: ContactField) => (typeof form[field] === "string" ? (form[field] as string).trim() : "")
  const contact: Contact = {
    first_name: text("first_name").slice(0, 100),
    last_name: text("last_name").slice(0, 100),
    email: text("email").toLowerCase(),
    phone: text("phone"),
  }
  const errors: ContactErrors = {}
  for (const field of Object.keys(MESSAGES) as ContactField[]) {
    if (!contact[field]) {
      errors[field] = MESSAGES[field].missing
    }
  }
  if (contact.email && !EMAIL.test(contact.email)) {
    errors.email = MESSAGES.email.invalid
  }
  if (contact.phone && !PHONE.test(contact.phone)) {
    errors.phone = MESSAGES.phone.invalid
  }
  return Object.keys(errors).length ? { errors } : { contact }
}
