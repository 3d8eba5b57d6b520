import { reasonFor } from "./reasons"

/** What our workflows put in a notification's `data` (see e.g. marketplace's build-order-messages step). */
export type EmailData = {
  subject: string
  text: string
  /** The one action of the e-mail, drawn as a button in the HTML part. */
  link?: string | null
  /** The button's words ("Suivre ma commande" by default). */
  link_label?: string | null
  /** The recipient's language: `en` frames the message in English; French otherwise. */
  locale?: string | null
  /** The commune the message belongs to, for its co-branding (its logo beside the platform's). */
  commune?: { name: string; logo_url?: string | null } | null
}

export type RenderedEmail = { subject: string; text: string; html: string }

export type Branding = {
  /** The storefront's public address: the header's link. */
  storefrontUrl: string
  platformName?: string
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+/g

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)

/** Only web addresses become links or images: never `javascript:` or `data:`. */
const isWebUrl = (value: string | null | undefined): value is string => {
  try {
    return !!value && ["http:", "https:"].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

/** A line of the text with its addresses as links, everything else escaped. */
function linkify(line: string): string {
  let html = ""
  let last = 0
  for (const match of line.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/[.,;:!?)]+$/, "")
    html += escapeHtml(line.slice(last, match.index)) + `<a href="${escapeHtml(url)}" style="color:#0b4f8a;word-break:break-all">${escapeHtml(url)}</a>`
    last = match.index! + url.length
  }
  return html + escapeHtml(line.slice(last))
}

/** Paragraphs from blank lines, line breaks kept inside them. */
function paragraphs(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => `<p style="margin:0 0 16px">${block.split("\n").map(linkify).join("<br>")}</p>`)
    .join("\n")
}

function header({ storefrontUrl, platformName }: Required<Branding>, commune: EmailData["commune"]): string {
  const platform = `<a href="${escapeHtml(storefrontUrl)}" style="color:#0b4f8a;font-weight:bold;font-size:20px;text-decoration:none">${escapeHtml(platformName)}</a>`
  if (!commune) return platform
  const emblem = isWebUrl(commune.logo_url)
    ? `<img src="${escapeHtml(commune.logo_url)}" alt="${escapeHtml(commune.name)}" height="40" style="height:40px;vertical-align:middle;margin-left:12px">`
    : `<span style="margin-left:12px;font-size:16px">${escapeHtml(commune.name)}</span>`
  return `${platform} ${emblem}`
}

/**
 * The e-mail in its two parts: the plain text our workflows wrote, with the
 * footer saying why it was sent, and the same content in a small HTML layout
 * (one column, readable on a phone, links and the main action clickable).
 */
export function renderEmail(template: string, data: EmailData, branding: Branding): RenderedEmail {
  const brand = { platformName: "Enjoy", ...branding }
  const language = /^en\b/i.test(data.locale ?? "") ? "en" : "fr"
  const reason = reasonFor(template, language)
  const from = data.commune ? `${brand.platformName} · ${data.commune.name}` : brand.platformName
  const text = `${data.text.trim()}\n\n-- \n${reason}\n${from} — ${brand.storefrontUrl}\n`
  const action = isWebUrl(data.link)
    ? `<p style="margin:24px 0"><a href="${escapeHtml(data.link)}" style="display:inline-block;padding:12px 20px;background:#0b4f8a;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(data.link_label || (language === "en" ? "Open" : "Ouvrir"))}</a></p>`
    : ""
  const html = `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(data.subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<div style="max-width:600px;margin:0 auto;padding:24px 16px;background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">
<header style="margin-bottom:24px">${header(brand, data.commune)}</header>
<main>
${paragraphs(data.text)}
${action}
</main>
<footer style="margin-top:32px;padding-top:16px;border-top:1px solid #dddddd;font-size:13px;color:#4a4a4a">
<p style="margin:0 0 8px">${escapeHtml(reason)}</p>
<p style="margin:0">${escapeHtml(from)} — <a href="${escapeHtml(brand.storefrontUrl)}" style="color:#0b4f8a">${escapeHtml(brand.storefrontUrl)}</a></p>
</footer>
</div>
</body>
</html>
`
  return { subject: data.subject, text, html }
}
