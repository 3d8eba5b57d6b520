import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { encodePhotoRenditions, PHOTO_WIDTHS, sniffPhotoType } from "./photo-encoding"

const jpeg = (width: number, height: number, orientation?: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withMetadata(orientation ? { orientation } : {})
    .toBuffer()

describe("sniffPhotoType", () => {
  it("reads the type from the bytes, whatever the file claims to be", async () => {
    expect(await sniffPhotoType(await jpeg(4, 4))).toBe("image/jpeg")
    expect(await sniffPhotoType(await sharp(await jpeg(4, 4)).png().toBuffer())).toBe("image/png")
    expect(await sniffPhotoType(Buffer.from("<!doctype html><script>alert(1)</script>"))).toBeNull()
    expect(await sniffPhotoType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'))).toBeNull()
    expect(await sniffPhotoType(Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"))).toBeNull()
    expect(await sniffPhotoType(Buffer.alloc(0))).toBeNull()
  })
})

describe("encodePhotoRenditions", () => {
  it("stores WebP pixels of its own, upright, at each configured width, without metadata", async () => {
    // 4000×3000 stored sideways (EXIF orientation 6: rotate 90°): upright it is 3000 wide, 4000 high.
    const upload = await jpeg(4000, 3000, 6)
    const renditions = await encodePhotoRenditions(upload)
    expect(renditions.map((r) => [r.width, r.height])).toEqual([[480, 640], [960, 1280], [1600, 2133]])
    expect(PHOTO_WIDTHS).toEqual([480, 960, 1600])
    for (const rendition of renditions) {
      expect(rendition.mimeType).toBe("image/webp")
      const meta = await sharp(rendition.content).metadata()
      expect([meta.format, meta.width, meta.height]).toEqual(["webp", rendition.width, rendition.height])
      expect(meta.exif).toBeUndefined()
      expect(meta.orientation).toBeUndefined()
    }
  })

  it("keeps small photos at their size, adds their own width between the configured ones, refuses fake images", async () => {
    expect((await encodePhotoRenditions(await jpeg(40, 30))).map((r) => [r.width, r.height])).toEqual([[40, 30]])
    expect((await encodePhotoRenditions(await jpeg(1200, 900))).map((r) => r.width)).toEqual([480, 960, 1200])
    const truncated = (await jpeg(400, 300)).subarray(0, 200)
    await expect(encodePhotoRenditions(truncated)).rejects.toThrow()
  })
})
