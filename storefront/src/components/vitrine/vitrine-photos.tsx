import Image from "next/image"
import type { CSSProperties } from "react"
import type { Dictionary } from "@/lib/i18n/dictionaries"
import type { PhotoMeta } from "@/lib/sellers"

const SIZES = "(max-width: 48rem) 85vw, 40rem"

/**
 * The establishment's photos. Those stored with their widths are served as they are (srcset of the
 * WebP widths, their own width and height so nothing moves while they load, the merchant's
 * alternative text, empty when decorative); older ones go through next/image. The first one is the
 * page's largest paint: fetched first, never lazily.
 */
export function VitrinePhotos({ name, photos, meta, t }: { name: string; photos: string[]; meta?: Record<string, PhotoMeta> | null; t: Dictionary }) {
  if (!photos.length) {
    return null
  }
  return (
    // Several photos scroll sideways: the region takes the focus so that arrow keys scroll it too.
    <section aria-label={t.vitrine.photos} className="vitrine__photos" tabIndex={photos.length > 1 ? 0 : undefined}>
      {photos.slice(0, 4).map((url, index) => {
        const known = meta?.[url]
        const alt = known ? (known.decorative ? "" : known.alt) : t.vitrine.photoOf(name, index + 1)
        return known?.srcset?.length ? (
          <img
            key={url}
            src={url}
            srcSet={known.srcset.map((s) => `${s.url} ${s.width}w`).join(", ")}
            sizes={SIZES}
            width={known.width}
            height={known.height}
            alt={alt}
            loading={index === 0 ? "eager" : "lazy"}
            fetchPriority={index === 0 ? "high" : undefined}
            decoding="async"
            // Its box is sized before the file arrives (globals.css): no shift when it does.
            style={{ "--photo-width": `${known.width}px`, "--photo-ratio": known.width / known.height } as CSSProperties}
          />
        ) : (
          <Image key={url} src={url} alt={alt} width={640} height={400} sizes={SIZES} priority={index === 0} />
        )
      })}
    </section>
  )
}
