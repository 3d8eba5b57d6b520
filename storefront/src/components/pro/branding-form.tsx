"use client"

import { useActionState } from "react"
import { type BrandingState, saveBrandingAction } from "@/app/[locale]/pro/commune/actions"

type Labels = { logo: string; primaryColor: string; secondaryColor: string; save: string }

/** The commune's logo file and colours; the file is checked on the server (type, size) before it is saved. */
export function BrandingForm({
  communeId,
  colors,
  labels,
}: {
  communeId: string
  colors: { primary: string; secondary: string }
  labels: Labels
}) {
  const [state, action, pending] = useActionState<BrandingState, FormData>(saveBrandingAction, {})
  return (
    <form action={action} className="branding-form">
      <input type="hidden" name="commune_id" value={communeId} />
      <p className="field">
        <label htmlFor="branding-logo">{labels.logo}</label>
        <input id="branding-logo" name="logo" type="file" accept="image/svg+xml,image/png,image/jpeg,image/webp" />
      </p>
      <p className="field field--check">
        <input id="branding-primary" name="primary_color" type="color" defaultValue={colors.primary} />
        <label htmlFor="branding-primary">{labels.primaryColor}</label>
      </p>
      <p className="field field--check">
        <input id="branding-secondary" name="secondary_color" type="color" defaultValue={colors.secondary} />
        <label htmlFor="branding-secondary">{labels.secondaryColor}</label>
      </p>
      <p role="alert" className="form-error">
        {state.error}
      </p>
      <button type="submit" className="button" disabled={pending}>
        {labels.save}
      </button>
    </form>
  )
}
