"use client"

/**
 * Shown when the backend cannot be reached. Client components cannot read the
 * server's language cookie, so the message is given in both languages.
 */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="contenu" tabIndex={-1}>
      <h1>Service momentanément indisponible</h1>
      <p>Nous n&apos;arrivons pas à joindre le catalogue. Réessayez dans quelques instants.</p>
      <p lang="en">The catalogue cannot be reached right now. Please try again in a moment.</p>
      <button type="button" onClick={reset}>
        Réessayer <span lang="en">/ Try again</span>
      </button>
    </main>
  )
}
