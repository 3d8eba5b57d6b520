#!/usr/bin/env node
// Draws the installed pro app's icons (storefront/public/pro/icon-*.png) from the site's icon, with sharp.
// Run again when storefront/src/app/icon.svg changes; the PNGs are committed, since browsers want PNG.
import { readFileSync } from "node:fs"
import path from "node:path"
import sharp from "sharp"
import { ROOT } from "./lib/output.mjs"

const svg = readFileSync(path.join(ROOT, "storefront/src/app/icon.svg"))
const out = (name) => path.join(ROOT, "storefront/public/pro", name)

for (const size of [192, 512]) {
  await sharp(svg, { density: (72 * size) / 40 }).resize(size, size).png({ compressionLevel: 9 }).toFile(out(`icon-${size}.png`))
}
// Maskable: the launcher may crop to a circle, so the mark sits in the middle 60% on a full square of its colour.
const mark = await sharp(svg, { density: (72 * 308) / 40 }).resize(308, 308).png().toBuffer()
await sharp({ create: { width: 512, height: 512, channels: 4, background: "#14213d" } })
  .composite([{ input: mark, gravity: "center" }])
  .png({ compressionLevel: 9 })
  .toFile(out("icon-maskable-512.png"))
console.log("storefront/public/pro: icon-192.png, icon-512.png, icon-maskable-512.png")
