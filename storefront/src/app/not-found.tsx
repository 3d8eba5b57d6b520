import "./globals.css"

/** Only for addresses outside every language (the middleware sends all pages to one); bilingual, since none is known. */
export default function GlobalNotFound() {
  return (
    <html lang="fr">
      <head>
        <title>Page introuvable · Enjoy</title>
      </head>
      <body>
        <main id="contenu">
          <h1>Page introuvable</h1>
          <p lang="en">Page not found.</p>
          <p>
            <a href="/">Revenir à l&apos;accueil</a>
          </p>
        </main>
      </body>
    </html>
  )
}
