import type { Metadata } from "next"
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
        </footer>
      </body>
    </html>
  )
}
