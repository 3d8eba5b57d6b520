import { describe, expect, it } from "vitest"
import { addPhotos, arrangePhotos, MAX_PHOTOS, photoMetaByUrl, photoTextError, removePhoto, storedFileIds, storedPhotoMeta } from "./seller-photos"

describe("vitrine photos", () => {
  it("appends photos up to the limit, and says how many still fit", () => {
    expect(addPhotos(["a"], ["b", "c"])).toEqual({ photos: ["a", "b", "c"] })
    const full = Array.from({ length: MAX_PHOTOS - 1 }, (_, i) => `p${i}`)
    expect(addPhotos(full, ["x", "y"])).toEqual({
      error: "Une vitrine montre au plus 10 photos : vous pouvez encore en ajouter 1",
    })
    expect(addPhotos([], [])).toMatchObject({ error: expect.stringContaining("au moins une photo") })
  })

  it("removes only a photo of the vitrine", () => {
    expect(removePhoto(["a", "b"], "a")).toEqual({ photos: ["b"] })
    expect(removePhoto(["a"], "z")).toEqual({ error: "Cette photo n'est pas dans la vitrine" })
  })
})

describe("photo texts and order", () => {
  const media = (id: string) => `http://localhost:9000/media/${id}`
  const meta = (id: string, alt: string) => ({ alt, decorative: false, width: 1600, height: 1200, srcset: [{ width: 480, url: media(`${id}-480`) }, { width: 1600, url: media(id) }] })

  it("asks for an alternative text unless the photo is decorative, naming the field and the file", () => {
    expect(photoTextError([{ alt: "La devanture" }, { decorative: true }])).toBeNull()
    expect(photoTextError([{ alt: "La devanture" }, { alt: "   " }], ["a.jpg", "vitrine.jpg"])).toBe(
      "alt[1] (« vitrine.jpg ») : le texte alternatif est obligatoire. Décrivez ce que montre la photo, ou indiquez qu'elle est décorative."
    )
    expect(photoTextError([{ alt: "x".repeat(251) }])).toMatch(/^alt\[0\] : le texte alternatif tient en 250 caractères au plus\.$/)
  })

  it("reorders every photo once, keeps their sizes, and refuses a list that drops or adds one", () => {
    const existing = [media("a"), media("b")]
    const map = { [media("a")]: meta("a", "Four à pain"), [media("b")]: meta("b", "Devanture") }
    const arranged = arrangePhotos(existing, map, [{ url: media("b"), alt: "La devanture" }, { url: media("a"), decorative: true }])
    expect(arranged).toEqual({
      photos: [media("b"), media("a")],
      meta: { [media("b")]: { ...meta("b", "La devanture") }, [media("a")]: { ...meta("a", ""), decorative: true } },
      deleteFileIds: [],
    })
    // Taking one off in the same write: its description goes, every stored width is to delete.
    expect(arrangePhotos(existing, map, [{ url: media("b"), alt: "La devanture" }], [media("a")])).toEqual({
      photos: [media("b")],
      meta: { [media("b")]: meta("b", "La devanture") },
      deleteFileIds: ["a", "a-480"],
    })
    expect(arrangePhotos(existing, map, [{ url: media("b"), alt: "x" }], [media("b")])).toHaveProperty("error")
    expect(arrangePhotos(existing, map, [{ url: media("a"), alt: "x" }])).toHaveProperty("error")
    expect(arrangePhotos(existing, map, [{ url: media("a"), alt: "x" }, { url: media("a"), alt: "y" }])).toHaveProperty("error")
    expect(arrangePhotos(existing, map, [{ url: media("a"), alt: "x" }, { url: media("c"), alt: "y" }])).toHaveProperty("error")
    expect(arrangePhotos(existing, map, [{ url: media("b"), alt: "" }, { url: media("a"), alt: "x" }])).toEqual({
      error: "alt[0] : le texte alternatif est obligatoire. Décrivez ce que montre la photo, ou indiquez qu'elle est décorative.",
    })
  })

  it("lists the file of every stored width of a photo", () => {
    expect(storedFileIds(media("a"), meta("a", "x"))).toEqual(["a", "a-480"])
    expect(storedFileIds("https://ailleurs.test/photo.jpg", undefined)).toEqual([])
    // On object storage, the addresses are the bucket's: the ids kept at upload are the objects' keys.
    const s3 = (key: string) => `https://photos.enjoy.test/${key}`
    const onS3 = { ...meta("a", "x"), srcset: [{ width: 480, url: s3("four-480-01J.webp"), file_id: "four-480-01J.webp" }, { width: 1600, url: s3("four-01J.webp"), file_id: "four-01J.webp" }] }
    expect(storedFileIds(s3("four-01J.webp"), onS3)).toEqual(["four-01J.webp", "four-480-01J.webp"])
  })
})

describe("stored photo descriptions", () => {
  it("are a list in the photos' order, read back as a map, without the photos no longer shown", () => {
    const meta = { alt: "Le four", decorative: false, width: 480, height: 360, srcset: [] }
    const map = { "https://x.test/media/a": meta, "https://x.test/media/gone": meta }
    expect(storedPhotoMeta(["https://x.test/media/a"], map)).toEqual([{ url: "https://x.test/media/a", ...meta }])
    expect(photoMetaByUrl(storedPhotoMeta(["https://x.test/media/a"], map))).toEqual({ "https://x.test/media/a": meta })
    expect(photoMetaByUrl(null)).toEqual({})
  })
})
