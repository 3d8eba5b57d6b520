import { createHash, timingSafeEqual } from "node:crypto"
import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"

/** The only tags the backend may drop: the catalogue's. */
const CATALOGUE_TAGS = new Set(["products", "sellers", "deals", "events", "communes"])

const digest = (value: string) => createHash("sha256").update(value).digest()

/**
 * The backend calls this when the catalogue changes (with the secret both
 * were started with); the cached pages under those tags are rebuilt on the
 * next visit. Disabled when no secret is configured.
 */
export async function POST(request: NextRequest) {
  const secret = process.env.REVALIDATE_SECRET
  const given = request.headers.get("x-revalidate-secret") ?? ""
  if (!secret) {
    return NextResponse.json({ message: "Revalidation désactivée (REVALIDATE_SECRET absent)" }, { status: 404 })
  }
  if (!timingSafeEqual(digest(given), digest(secret))) {
    return NextResponse.json({ message: "Secret de revalidation invalide" }, { status: 401 })
  }
  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const tags = Array.isArray(body?.tags) ? body.tags.filter((t): t is string => typeof t === "string") : []
  const unknown = tags.filter((t) => !CATALOGUE_TAGS.has(t))
  if (!tags.length || unknown.length) {
    return NextResponse.json({ message: `Étiquettes attendues parmi : ${[...CATALOGUE_TAGS].join(", ")}` }, { status: 400 })
  }
  tags.forEach((tag) => revalidateTag(tag))
  return NextResponse.json({ revalidated: tags })
}
