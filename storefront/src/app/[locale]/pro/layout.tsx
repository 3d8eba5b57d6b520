import type { Metadata } from "next"
import { ServiceWorker } from "@/components/pro/service-worker"

/** The pro space installs on a phone's home screen as "Enjoy Pro" (its own manifest, not the shoppers' site). */
export const metadata: Metadata = {
  manifest: "/pro/manifest.webmanifest",
  appleWebApp: { capable: true, title: "Enjoy Pro", statusBarStyle: "default" },
}

export default function ProLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      {children}
      <ServiceWorker />
    </>
  )
}
