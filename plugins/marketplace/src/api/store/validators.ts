import { z } from "@medusajs/framework/zod"

export const StorePrepareOnlinePayment = z
  .object({ provider_id: z.string().trim().min(1, "Choisissez un moyen de paiement (provider_id)") })
  .strict()
export type StorePrepareOnlinePaymentType = z.infer<typeof StorePrepareOnlinePayment>

/** Checking out and cancelling take no body: the cart, group and reservation are in the path. */
export const StoreEmptyBody = z.object({}).strict()
