/**
 * The pro app's "Connexion perdue" page as one self-contained HTML document: the service worker
 * (public/pro/sw.js) keeps it at install and shows it when a page cannot be fetched. Offline, nothing
 * else can load — no script, stylesheet or font — so it carries its own styles and no script at all:
 * a Next.js page would try to load its scripts and replace itself with the framework's error screen.
 */
export type OfflinePageText = { lang: string; title: string; text: string; retry: string; retryHref: string; brand: string }

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c])

// The storefront's ink, paper and focus colours (globals.css); the button is a 44 px touch target.
const STYLE = `
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#14213d;background:#fff}
header{padding:.75rem 1rem;background:#14213d;color:#fff;font-weight:700}
main{max-width:36rem;padding:1.5rem 1rem}
h1{font-size:1.5rem;line-height:1.25;margin:0 0 .75rem}
p{margin:0 0 1.25rem;overflow-wrap:anywhere}
a{display:inline-flex;align-items:center;min-height:44px;padding:0 1.25rem;border-radius:.5rem;background:#14213d;color:#fff;font-weight:600;text-decoration:none}
a:focus-visible{outline:3px solid #1a56db;outline-offset:2px}
`.trim()

export function offlinePageHtml(page: OfflinePageText): string {
  const e = {
    lang: escapeHtml(page.lang),
    title: escapeHtml(page.title),
    text: escapeHtml(page.text),
    retry: escapeHtml(page.retry),
    retryHref: escapeHtml(page.retryHref),
    brand: escapeHtml(page.brand),
  }
  return `<!doctype html>
<html lang="${e.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e.title} · ${e.brand}</title>
<style>${STYLE}</style>
</head>
<body>
<header>${e.brand}</header>
<main id="contenu">
<h1>${e.title}</h1>
<p>${e.text}</p>
<p><a href="${e.retryHref}">${e.retry}</a></p>
</main>
</body>
</html>
`
}
