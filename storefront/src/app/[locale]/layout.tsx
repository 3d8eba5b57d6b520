import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { NextIntlClientProvider } from "next-intl"
import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import { staticDictionary } from "@/lib/i18n"
import { isLocale } from "@/lib/i18n/dictionaries"
import "../globals.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await staticDictionary(params)
  return {
    title: { default: "Enjoy", template: "%s · Enjoy" },
    description: t.platformTagline,
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  if (!isLocale((await params).locale)) {
    notFound()
  }
  const { locale, t } = await staticDictionary(params)
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <a className="skip-link" href="#contenu">
            {t.skipToContent}
          </a>
          {children}
          <footer className="site-footer">
            <p>{t.footer}</p>
            <nav aria-label={t.legal.footerNav}>
              <ul className="site-footer__links">
                <li>
                  <Link href="/mentions-legales">{t.legal.notice}</Link>
                </li>
                <li>
                  <Link href="/confidentialite">{t.legal.privacy}</Link>
                </li>
                <li>
                  <Link href="/accessibilite">{t.legal.accessibility}</Link>
                </li>
              </ul>
            </nav>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
