"use client"

import { useEffect } from "react"

/**
 * Counts this page view once, without a cookie or anything identifying the
 * visitor (audience measurement exempt from consent). The payload is a JSON
 * string so that a server component can pass it.
 */
export function AudienceBeacon({ payload }: { payload: string }) {
  useEffect(() => {
    const body = new Blob([payload], { type: "application/json" })
    if (!navigator.sendBeacon?.("/api/mesure", body)) {
      void fetch("/api/mesure", { method: "POST", body: payload, headers: { "content-type": "application/json" }, keepalive: true }).catch(() => undefined)
    }
  }, [payload])
  return null
}
