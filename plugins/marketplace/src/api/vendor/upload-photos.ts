import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from "../../lib/seller-photos"

// What a file claims to be is not checked here: the workflow judges each photo from its bytes.
const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_PHOTO_BYTES, files: MAX_PHOTOS, fields: 10, parts: MAX_PHOTOS + 10 },
}).array("files")

const LIMIT_MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: `files : une photo pèse au plus ${MAX_PHOTO_BYTES / 1024 / 1024} Mo`,
  LIMIT_FILE_COUNT: `files : envoyez au plus ${MAX_PHOTOS} photos à la fois`,
  LIMIT_UNEXPECTED_FILE: "files : les photos s'envoient dans le champ « files »",
}

/** Reads the uploaded photos (multipart field "files"), refusing oversized or malformed bodies with a clear 400. */
export function uploadPhotos(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!req.is("multipart/form-data")) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "files : envoyez les photos en multipart/form-data"))
  }
  // multer's handler is typed for Express's own request and response, which Medusa's extend.
  upload(req, res, (error: unknown) => {
    if (!error) {
      return next()
    }
    if (error instanceof multer.MulterError) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, LIMIT_MESSAGES[error.code] ?? `files : ${error.message}`))
    }
    next(error)
  })
}
