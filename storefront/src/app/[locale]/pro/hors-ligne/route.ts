import { dictionaries, isLocale, LOCALES } from "@/lib/i18n/dictionaries"
import { offlinePageHtml } from "@/lib/pro/offline-page"

// The same document for everyone, built once per language: it holds no data.
export const dynamic = "force-static"

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }))
}

/** The page the service worker keeps and shows offline (lib/pro/offline-page.ts says why it is plain HTML). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: segment } = await params
  const locale = isLocale(segment) ? segment : "fr"
  const { pro } = dictionaries[locale]
  const html = offlinePageHtml({
    lang: locale,
    title: pro.offlineTitle,
    text: pro.offlineText,
    retry: pro.offlineRetry,
    retryHref: locale === "fr" ? "/pro" : `/${locale}/pro`,
    brand: "Enjoy",
  })
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } })
}
