/**
 * Guards against input no person types: control characters (NUL first of all, which PostgreSQL refuses
 * in text and turns into a 500), and paths whose percent-encoding is broken. Pure functions: the backend
 * wires them in front of every route.
 */

/** C0 controls but tab, line feed and carriage return, plus DEL. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

/** True when `text` holds a character that no keyboard types (NUL, escape, …). Line breaks and tabs are text. */
export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text)
}

/** How a nested field is named in messages: `items[0].title`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === "number") return `${name}[${key}]`
    const part = String(key)
    return name ? `${name}.${part}` : part
  }, "")
}

/**
 * The path of the first string (or object key) holding a control character in a parsed query or JSON body,
 * or null when there is none. Depth is bounded so that a hostile nesting cannot exhaust the stack.
 */
export function findControlCharacter(value: unknown, path: PropertyKey[] = [], depth = 0): string | null {
  if (typeof value === "string") {
    return hasControlCharacter(value) ? fieldPath(path) || "requête" : null
  }
  if (depth > 32 || value === null || typeof value !== "object") {
    return null
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findControlCharacter(value[i], [...path, i], depth + 1)
      if (found) return found
    }
    return null
  }
  for (const [key, item] of Object.entries(value)) {
    if (hasControlCharacter(key)) return fieldPath([...path, key]) || "requête"
    const found = findControlCharacter(item, [...path, key], depth + 1)
    if (found) return found
  }
  return null
}

/**
 * Why a request path cannot be read, or null when it can: every segment must decode as UTF-8
 * percent-encoding and hold no control character once decoded.
 */
export function unreadablePath(path: string): string | null {
  for (const segment of path.split("/")) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return "adresse : encodage invalide (un « % » doit être suivi de deux chiffres hexadécimaux d'un caractère UTF-8)"
    }
    if (hasControlCharacter(decoded)) {
      return "adresse : caractère de contrôle interdit"
    }
  }
  return null
}
