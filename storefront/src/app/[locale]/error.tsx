"use client"

import { useTranslations } from "next-intl"

/** Shown when the backend cannot be reached, in the page's language (next-intl's client messages). */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errorPage")
  return (
    <main id="contenu" tabIndex={-1}>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <button type="button" onClick={reset}>
        {t("retry")}
      </button>
    </main>
  )
}
