import { qrSvg } from "@/lib/qr"

/** A scannable code with a text alternative (the code itself is always printed beside it). */
export async function QrCode({ payload, label }: { payload: string; label: string }) {
  const svg = await qrSvg(payload)
  return <div className="qr" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />
}
