/**
 * URI identifier codes of the NFC Forum's URI record type (RTD-URI): a known
 * prefix is one byte on the tag instead of its letters.
 */
const URI_PREFIXES: [string, number][] = [
  ["https://www.", 0x02],
  ["http://www.", 0x01],
  ["https://", 0x04],
  ["http://", 0x03],
]

/**
 * The NDEF message holding one URI record, as an NFC writer app or a
 * programmable sticker expects it: a well-known ("U") record, short when the
 * payload fits in 255 bytes.
 */
export function ndefUriMessage(uri: string): Uint8Array {
  const [prefix, code] = URI_PREFIXES.find(([p]) => uri.startsWith(p)) ?? ["", 0x00]
  const rest = new TextEncoder().encode(uri.slice(prefix.length))
  const payload = new Uint8Array([code, ...rest])
  const TNF_WELL_KNOWN = 0x01
  const MB_ME = 0x80 | 0x40
  const type = 0x55 // "U"
  if (payload.length <= 255) {
    return new Uint8Array([MB_ME | 0x10 | TNF_WELL_KNOWN, 1, payload.length, type, ...payload])
  }
  const length = payload.length
  return new Uint8Array([MB_ME | TNF_WELL_KNOWN, 1, length >>> 24, (length >>> 16) & 0xff, (length >>> 8) & 0xff, length & 0xff, type, ...payload])
}

export const toHex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("")
