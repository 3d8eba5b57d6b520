import type { Metadata } from "next"
import Link from "next/link"
import type { ReactNode } from "react"
import { getDictionary } from "@/lib/i18n"
import "./globals.css"

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return {
    title: { default: "Enjoy", template: "%s · Enjoy" },
    description: t.platformTagline,
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getDictionary()
  return (
    <html lang={locale}>
      <body>
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
      </body>
    </html>
  )
}
