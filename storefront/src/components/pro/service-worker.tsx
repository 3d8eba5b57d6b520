"use client"

import { useEffect } from "react"

/**
 * Registers the pro space's service worker (public/pro/sw.js), whose only job is to show the
 * "Connexion perdue" page when the network is gone. Where service workers are missing, nothing changes.
 */
export function ServiceWorker() {
  useEffect(() => {
    navigator.serviceWorker?.register("/pro/sw.js", { scope: "/pro/" }).catch(() => {
      // No offline page then: the browser's own error shows, as before.
    })
  }, [])
  return null
}
