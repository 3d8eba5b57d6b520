/* global self, caches, Request */
// The pro space's service worker: when a page of /pro cannot be fetched (no network), it answers with the
// "Connexion perdue" page kept at install. It keeps nothing else: no signed-in page, no data, no asset.
// v2: the offline page became plain HTML (v1 kept a Next.js page that needed its scripts); a new name
// makes installed workers fetch it again and drop the old one.
const CACHE = "enjoy-pro-offline-v2"
const OFFLINE_PAGE = "/pro/hors-ligne"

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.add(new Request(OFFLINE_PAGE, { credentials: "omit" })))
      .then(() => self.skipWaiting())
  )
})

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim())
  )
})

self.addEventListener("fetch", (event) => {
  if (event.request.mode !== "navigate") return
  event.respondWith(fetch(event.request).catch(() => caches.match(OFFLINE_PAGE)))
})
