import { deflateSync } from "node:zlib"

/**
 * A placeholder vitrine photo until the merchant uploads real ones: a PNG
 * with a diagonal gradient between two colours, drawn without any image
 * library (a PNG is a signature, a header, compressed rows and an end).
 */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  }
  return c >>> 0
})

export function crc32(bytes: Buffer): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  }
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, "ascii"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))

export function placeholderPng(width: number, height: number, from: string, to: string): Buffer {
  const [a, b] = [rgb(from), rgb(to)]
  const rows = Buffer.alloc(height * (1 + width * 3))
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3)
    rows[row] = 0 // no filter
    for (let x = 0; x < width; x++) {
      const t = (x / width + y / height) / 2
      for (let c = 0; c < 3; c++) {
        rows[row + 1 + x * 3 + c] = Math.round(a[c] + (b[c] - a[c]) * t)
      }
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8 bits per channel, truecolour, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

/** Colours per kind of establishment, so that the placeholders tell kinds apart at a glance. */
export const KIND_COLOURS: Record<string, [string, string]> = {
  shop: ["#f4a261", "#e76f51"],
  restaurant: ["#e9c46a", "#9c6644"],
  craft: ["#a3b18a", "#3a5a40"],
  market: ["#90be6d", "#277da1"],
  service: ["#8ecae6", "#219ebc"],
  cultural_site: ["#cdb4db", "#6d597a"],
  heritage_site: ["#d6ccc2", "#7f5539"],
}
