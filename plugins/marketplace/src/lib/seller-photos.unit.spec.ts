import { describe, expect, it } from "vitest"
import { addPhotos, MAX_PHOTOS, removePhoto } from "./seller-photos"

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
