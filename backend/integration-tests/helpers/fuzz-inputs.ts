/**
 * Hostile values for the fuzz test: what issue 16 found reaching the database or the error handler, and
 * their cousins. Each is a value no form of ours sends; each must get a 4xx, never a 5xx, and write nothing.
 */

/** Replacements for one path parameter (already percent-encoded as they travel). */
export const HOSTILE_PATH_VALUES = [
  "%00",
  "%E0%A4%A",
  "%",
  "%C0%AF",
  "a".repeat(3_000),
  "..%2F..%2Fpackage.json",
  "-1",
  "1.5",
  "%F0%9F%98%80",
  "null",
  "%20",
  "sel_%00",
]

/** Query strings for reading routes. */
export const HOSTILE_QUERIES = [
  "limit=-1",
  "limit=1.5",
  "limit=abc",
  "limit=1e309",
  "offset=-1",
  "offset=0.5",
  "limit[]=1",
  "limit[a]=1",
  "q=%00",
  `q=${"x".repeat(6_000)}`,
  "q[]=a&q[]=b",
  "from=2024-13-45",
  "to=2024-13-45",
  "from=0000-01-01&to=9999-12-31",
  "at=2024-02-30T10:00:00Z",
  "starts_at=0000-01-01T00:00:00Z",
  "unknown_field=1",
  "fields=%00",
  "status=%00",
  "commune=%E0%A4%A",
  "near=91,181&radius=-5",
  "id=%00",
]

type Body = { contentType: string; body: string }

const json = (value: unknown): Body => ({ contentType: "application/json", body: JSON.stringify(value) })

/** Bodies for writing routes. */
export const HOSTILE_BODIES: Body[] = [
  { contentType: "application/json", body: "{" },
  { contentType: "application/json", body: "[]" },
  { contentType: "application/json", body: "null" },
  { contentType: "application/json", body: "12" },
  { contentType: "application/json", body: '"texte"' },
  json({ unknown_field: 1 }),
  json({ name: "Boulangerie\u0000", title: "Pain\u0000", description: "\u0000", email: "a\u0000@b.fr", code: "\u0000" }),
  json({ email: `${"a".repeat(70_000)}@exemple.fr` }),
  json({ price: 1e-10, quantity: -1 }),
  json({ price: 0.005, quantity: 1.5 }),
  json({ starts_at: "2024-13-45T00:00:00Z", ends_at: "0000-01-01T00:00:00Z" }),
  json({ website: "javascript:alert(1)", image_url: "data:text/html,<script>", booking_url: "file:///etc/passwd" }),
  json({ status: { $ne: null }, decision: ["approved"], commerce_mode: 42 }),
  json({ ["__proto__"]: { admin: true } }),
  { contentType: "multipart/form-data; boundary=x", body: "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb" },
  { contentType: "text/plain", body: "status=open" },
  { contentType: "application/x-www-form-urlencoded", body: "status=open&decision=approved" },
  json({ description: "x".repeat(1_100_000) }),
]

/** Path parameters filled with the caller's own objects, so that hostile queries and bodies reach deep. */
export type OwnIds = Record<string, string>

/** The path of a route with each parameter taken from `ids` (a made-up id of the right shape otherwise). */
export function fillPath(path: string, ids: OwnIds, override?: { param: string; value: string }): string {
  return path.replace(/:([a-z_]+)/g, (_, name: string) =>
    override?.param === name ? override.value : ids[name] ?? "xyz_01JZZZZZZZZZZZZZZZZZZZZZZZ"
  )
}
