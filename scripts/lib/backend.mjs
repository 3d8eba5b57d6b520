import { randomBytes } from "node:crypto"
import path from "node:path"
import { ROOT } from "./output.mjs"
import { serve } from "./processes.mjs"

/**
 * Starts Medusa as in production (`medusa start`, no admin) on a given database and port,
 * with throwaway secrets since production refuses to start without them.
 */
export function serveBackend(name, { databaseUrl, port, env = {} }) {
  return serve(name, "npx", ["medusa", "start"], {
    cwd: path.join(ROOT, "backend"),
    env: {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      ADMIN_DISABLED: "true",
      JWT_SECRET: randomBytes(16).toString("hex"),
      COOKIE_SECRET: randomBytes(16).toString("hex"),
      LOG_LEVEL: "warn",
      ...env,
    },
  })
}
