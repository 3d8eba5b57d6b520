import path from "node:path"
import { ROOT } from "./output.mjs"
import { run } from "./processes.mjs"

const KEYS = ["communes", "establishments", "products", "seed"]

/**
 * Checks `--communes 95 --establishments 20000 --products 200000 [--seed N]` before anything
 * long starts, and turns it into `key=value` words (medusa exec refuses flags it does not know).
 */
export function scaleArgs(argv) {
  const words = []
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, "")
    const value = argv[i + 1]
    if (!KEYS.includes(key) || !/^\d+$/.test(value ?? "")) {
      throw new Error(`Option inconnue ou invalide : ${argv[i]} ${value ?? ""} (attendu : --communes N --establishments N --products N [--seed N])`)
    }
    words.push(`${key}=${value}`)
  }
  return words
}

/** Writes the synthetic territory into the discovery indexes of a migrated, seeded database (progress shown). */
export async function seedScale(databaseUrl, argv) {
  await run("npx", ["medusa", "exec", "../seed/src/scale.ts", ...scaleArgs(argv)], {
    cwd: path.join(ROOT, "backend"),
    env: { DATABASE_URL: databaseUrl, MEDUSA_DISABLE_TELEMETRY: "true" },
    quiet: false,
  })
}
