import type { ReactNode } from "react"

/** The document itself is drawn by [locale]/layout.tsx, which knows the language; this one only passes through. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children
}
