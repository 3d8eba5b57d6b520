import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const started = Date.now()

/** Demo progress lines, timed from the start so slow steps show. */
export function log(message) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(5)
  console.log(`[enjoy ${seconds} s] ${message}`)
}
