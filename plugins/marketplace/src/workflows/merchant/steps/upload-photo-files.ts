import type { FileDTO, IFileModuleService, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PhotoUpload } from "./encode-seller-photos"

/** Why the merchant's photos were not added when the file store refused them: their fault it is not. */
export const PHOTO_STORAGE_REFUSED =
  "Le stockage des photos a refusé l'envoi : aucune photo n'a été ajoutée. Réessayez dans quelques minutes."

/** The error code the API answers 503 for (see backend/src/api/error-handler.ts). */
export const STORAGE_UNAVAILABLE = "storage_unavailable"

/**
 * Stores the photos' renditions through the file module (local disk, or S3-compatible object storage),
 * one by one so that a store refusing the third leaves neither the first two behind nor a photo pointing
 * at nothing: those already stored are deleted, and the workflow stops before saving the vitrine.
 * Compensation deletes them all if a later step fails. Answers the files in the order given.
 */
export const uploadPhotoFilesStep = createStep(
  "upload-photo-files",
  async (files: PhotoUpload[], { container }) => {
    const store = container.resolve<IFileModuleService>(Modules.FILE)
    const stored: FileDTO[] = []
    for (const file of files) {
      try {
        stored.push(await store.createFiles({ ...file, access: "public" }))
      } catch (error) {
        container
          .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
          .error(`Photo storage refused ${file.filename}: ${(error as Error).message}`)
        await store.deleteFiles(stored.map((f) => f.id)).catch(() => undefined)
        throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, PHOTO_STORAGE_REFUSED, STORAGE_UNAVAILABLE)
      }
    }
    return new StepResponse(stored, stored.map((f) => f.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve<IFileModuleService>(Modules.FILE).deleteFiles(ids)
    }
  }
)
