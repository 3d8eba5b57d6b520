import { getDictionary } from "@/lib/i18n"
import { storefrontConfig } from "@/lib/config"
import { proSession } from "@/lib/pro/session"

const TYPES: Record<string, string> = { csv: "text/csv; charset=utf-8", pdf: "application/pdf" }
const DAY = /^\d{4}-\d{2}-\d{2}$/

/** The commune's activity report for its signed-in agent, as CSV or PDF (a download link cannot carry the token). */
export async function GET(request: Request, { params }: { params: Promise<{ format: string }> }) {
  const { t } = await getDictionary()
  const { format } = await params
  const session = await proSession()
  if (!TYPES[format] || session?.actor !== "agent") {
    return new Response(t.forms.notFound, { status: 404 })
  }
  const asked = new URL(request.url).searchParams
  const query = new URLSearchParams({ format })
  for (const key of ["from", "to"]) {
    const value = asked.get(key)
    if (value && DAY.test(value)) {
      query.set(key, value)
    }
  }
  const response = await fetch(`${storefrontConfig().backendUrl}/commune/report?${query}`, {
    headers: { authorization: `Bearer ${session.token}` },
    cache: "no-store",
  })
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string }
    return new Response(body.message ?? "Le bilan n'a pas pu être produit.", { status: response.status })
  }
  return new Response(response.body, {
    headers: {
      "content-type": TYPES[format],
      "content-disposition": response.headers.get("content-disposition") ?? `attachment; filename="bilan.${format}"`,
      "cache-control": "private, no-store",
    },
  })
}
