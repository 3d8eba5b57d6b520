import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { lastEnd, type Recurrence } from "../../../lib/occurrences"

export type EventInput = {
  title: string
  description?: string | null
  image_url?: string | null
  category: string
  starts_at: string
  ends_at: string
  recurrence?: Recurrence
  address?: string | null
  latitude?: number | null
  longitude?: number | null
  is_free?: boolean
  price?: number | null
  booking_url?: string | null
  accessibility_notes?: string | null
}

/** Checks the times, the price and the place, and computes when the last occurrence ends. */
export const prepareEventStep = createStep(
  "prepare-event",
  async (input: { event: EventInput; held_at_establishment: boolean }) => {
    const { event } = input
    if (new Date(event.ends_at) <= new Date(event.starts_at)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "L'événement doit finir après avoir commencé (champs « starts_at », « ends_at »)")
    }
    if (event.is_free === false && !(event.price && event.price > 0)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Indiquez le prix d'un événement payant (champ « price »)")
    }
    if (!input.held_at_establishment && (!event.address || event.latitude == null || event.longitude == null)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Indiquez le lieu : une adresse avec ses coordonnées (champs « address », « latitude », « longitude »)")
    }
    const recurrence = event.recurrence ?? null
    return new StepResponse({
      ...event,
      recurrence,
      is_free: event.is_free ?? true,
      price: event.is_free === false ? event.price : null,
      last_ends_at: lastEnd({ starts_at: event.starts_at, ends_at: event.ends_at, recurrence }),
    })
  }
)
