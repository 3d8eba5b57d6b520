import Image from "next/image"
import type { Dictionary } from "@/lib/i18n/dictionaries"

/** The establishment's photos, resized and lazy-loaded by next/image; the first one is the page's largest paint. */
export function VitrinePhotos({ name, photos, t }: { name: string; photos: string[]; t: Dictionary }) {
  if (!photos.length) {
    return null
  }
  return (
    // Several photos scroll sideways: the region takes the focus so that arrow keys scroll it too.
    <section aria-label={t.vitrine.photos} className="vitrine__photos" tabIndex={photos.length > 1 ? 0 : undefined}>
      {photos.slice(0, 4).map((url, index) => (
        <Image
          key={url}
          src={url}
          alt={t.vitrine.photoOf(name, index + 1)}
          width={640}
          height={400}
          sizes="(max-width: 48rem) 100vw, 40rem"
          priority={index === 0}
        />
      ))}
    </section>
  )
}
