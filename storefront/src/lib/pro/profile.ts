/** The profile fields of a submitted form, an empty field clearing the value. */
export function profileBody(form: FormData): Record<"description" | "phone" | "email" | "website", string | null> {
  const text = (key: string) => String(form.get(key) ?? "").trim() || null
  return { description: text("description"), phone: text("phone"), email: text("email"), website: text("website") }
}
