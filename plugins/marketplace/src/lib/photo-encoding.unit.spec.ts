import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { encodePhoto, PHOTO_MAX_WIDTH, sniffPhotoType } from "./photo-encoding"

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

describe("encodePhoto", () => {
  it("stores WebP pixels of its own, upright, at most the configured width, without metadata", async () => {
    // 3000×2000 stored sideways (EXIF orientation 6: rotate 90°): upright it is 2000 wide, 3000 high.
    const upload = await jpeg(3000, 2000, 6)
    const photo = await encodePhoto(upload)
    expect(photo.mimeType).toBe("image/webp")
    expect(photo.content.equals(upload)).toBe(false)
    const meta = await sharp(photo.content).metadata()
    expect(meta.format).toBe("webp")
    expect([meta.width, meta.height]).toEqual([PHOTO_MAX_WIDTH, 2400])
    expect([photo.width, photo.height]).toEqual([PHOTO_MAX_WIDTH, 2400])
    expect(meta.exif).toBeUndefined()
    expect(meta.orientation).toBeUndefined()
  })

  it("keeps small photos at their size and refuses bytes that only look like an image", async () => {
    const photo = await encodePhoto(await jpeg(40, 30))
    expect([photo.width, photo.height]).toEqual([40, 30])
    const truncated = (await jpeg(400, 300)).subarray(0, 200)
    await expect(encodePhoto(truncated)).rejects.toThrow()
  })
})
