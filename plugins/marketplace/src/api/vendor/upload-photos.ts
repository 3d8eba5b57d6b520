import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { MAX_PHOTO_BYTES, MAX_PHOTOS, PHOTO_TYPES } from "../../lib/seller-photos"

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_PHOTO_BYTES, files: MAX_PHOTOS },
  fileFilter: (_req, file, accept) => {
    if ((PHOTO_TYPES as readonly string[]).includes(file.mimetype)) {
      accept(null, true)
    } else {
      accept(new MedusaError(MedusaError.Types.INVALID_DATA, `« ${file.originalname} » n'est pas une photo JPEG, PNG ou WebP`))
    }
  },
}).array("files")

const LIMIT_MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: `Une photo pèse au plus ${MAX_PHOTO_BYTES / 1024 / 1024} Mo`,
  LIMIT_FILE_COUNT: `Envoyez au plus ${MAX_PHOTOS} photos à la fois`,
  LIMIT_UNEXPECTED_FILE: "Les photos s'envoient dans le champ « files »",
}

/** Reads the uploaded photos (multipart field "files"), refusing other types and oversized files with a clear 400. */
export function uploadPhotos(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req as never, res as never, (error: unknown) => {
    if (!error) {
      return next()
    }
    if (error instanceof multer.MulterError) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, LIMIT_MESSAGES[error.code] ?? error.message))
    }
    next(error)
  })
}
