import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import fs from "node:fs"
import path from "node:path"
import { parseEnv } from "../../../env"

const IMAGE_TYPES: Record<string, string> = {
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
}

/** A file name the local file provider wrote: no folder, no dot-files, an image extension. */
const STORED_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/

/**
 * Serves the images the local file provider stored (the embedded default; object storage serves its own
 * in production). Only images, never sniffed as anything else, displayed inline and sandboxed: a file
 * can never become a page of the backend's origin, where the admin lives.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const name = req.params.name
  const type = IMAGE_TYPES[path.extname(name).toLowerCase()]
  const dir = path.resolve(parseEnv(process.env).UPLOAD_DIR)
  const file = path.join(dir, name)
  if (!STORED_NAME.test(name) || !type || path.dirname(file) !== dir || !fs.existsSync(file)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Fichier introuvable")
  }
  res.set({
    "Content-Type": type,
    "Content-Disposition": "inline",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": "public, max-age=31536000, immutable",
  })
  res.sendFile(file)
}
