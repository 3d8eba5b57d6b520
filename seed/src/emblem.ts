/**
 * A placeholder emblem (a shield with the commune's initials in its colours),
 * stored as a data URI until the commune uploads its real logo.
 */
export function initialsOf(name: string): string {
  const words = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[\s'-]+/)
    .filter((w) => w.length > 2 || /^[A-Z]/.test(w))
    .filter((w) => !/^(en|de|du|la|le|les|sur|d)$/i.test(w))
  return words
    .slice(0, 2)
    .map((w) => w[0].toUpperCase())
    .join("")
}

export function emblemDataUri(name: string, primary: string, secondary: string, textColor: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 72" role="img">` +
    `<path d="M4 4h56v30c0 18-12 30-28 36C16 64 4 52 4 34z" fill="${primary}" stroke="${secondary}" stroke-width="4"/>` +
    `<text x="32" y="44" text-anchor="middle" font-family="sans-serif" font-size="22" font-weight="700" fill="${textColor}">${initialsOf(name)}</text>` +
    `</svg>`
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`
}
