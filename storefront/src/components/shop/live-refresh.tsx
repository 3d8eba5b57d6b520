"use client"

import { useRouter } from "next/navigation"
import { useEffect } from "react"

/**
 * Re-reads the page from the server every `seconds` while it is visible, so a
 * reservation's status ("confirmée", "prête") shows without reloading.
 */
export function LiveRefresh({ seconds }: { seconds: number }) {
  const router = useRouter()
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") {
        router.refresh()
      }
    }, seconds * 1000)
    return () => clearInterval(timer)
  }, [router, seconds])
  return null
}
