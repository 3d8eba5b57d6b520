/**
 * Errors that malformed requests provoke deep inside the stack (URI decoding, multipart parsing, PostgreSQL
 * refusing a value) and that must answer 400 with a French message instead of a 500.
 */

type ErrorLike = { name?: unknown; code?: unknown; message?: unknown; status?: unknown; cause?: unknown; previous?: unknown }

const MULTER_MESSAGES: Record<string, string> = {
  LIMIT_PART_COUNT: "corps multipart : trop de parties",
  LIMIT_FILE_SIZE: "files : fichier trop lourd",
  LIMIT_FILE_COUNT: "files : trop de fichiers",
  LIMIT_FIELD_KEY: "corps multipart : nom de champ trop long",
  LIMIT_FIELD_VALUE: "corps multipart : valeur de champ trop longue",
  LIMIT_FIELD_COUNT: "corps multipart : trop de champs",
  LIMIT_UNEXPECTED_FILE: "files : fichier inattendu dans ce champ",
  MISSING_FIELD_NAME: "corps multipart : un champ n'a pas de nom",
}

/** PostgreSQL SQLSTATEs of values it cannot store or read (class 22, data exception). */
const DATA_EXCEPTIONS: Record<string, string> = {
  "22021": "texte : séquence d'octets invalide",
  "22P05": "texte : caractère non représentable",
  "22P02": "valeur : syntaxe invalide",
  "22007": "date : format invalide",
  "22008": "date : hors des limites du calendrier",
  "22003": "nombre : hors limites",
  "22001": "texte : trop long",
}

const MULTIPART_MESSAGES = [/unexpected end of (form|multipart data)/i, /boundary not found/i, /malformed part header/i, /malformed urlencoded form/i]

/** The chain of an error and the errors it wraps (MikroORM and Medusa wrap the driver's). */
function* chain(error: unknown): Generator<ErrorLike> {
  let current = error as ErrorLike | undefined
  for (let i = 0; current && typeof current === "object" && i < 5; i++) {
    yield current
    current = (current.cause ?? current.previous) as ErrorLike | undefined
  }
}

/** The French 400 message for an error a malformed request caused, or null when the error is something else. */
export function badRequestMessage(error: unknown): string | null {
  for (const err of chain(error)) {
    const message = typeof err.message === "string" ? err.message : ""
    if (err.name === "URIError" || /failed to decode param/i.test(message)) {
      return "adresse : encodage invalide (un « % » doit être suivi de deux chiffres hexadécimaux d'un caractère UTF-8)"
    }
    if (err.name === "MulterError" && typeof err.code === "string") {
      return MULTER_MESSAGES[err.code] ?? "corps multipart : illisible"
    }
    if (typeof err.code === "string" && DATA_EXCEPTIONS[err.code]) {
      return DATA_EXCEPTIONS[err.code]
    }
    if (/invalid byte sequence for encoding/i.test(message)) {
      return DATA_EXCEPTIONS["22021"]
    }
    if (MULTIPART_MESSAGES.some((pattern) => pattern.test(message))) {
      return "corps multipart : illisible (limite de parties absente ou corps tronqué)"
    }
  }
  return null
}
