import { getDictionary } from "@/lib/i18n"
import { storefrontConfig } from "@/lib/config"
import { importPath } from "@/lib/pro/import-path"
import { proSession } from "@/lib/pro/session"

/**
 * The import page's upload, streamed both ways: the file goes to the backend
 * as it is read, and the backend's progress lines (NDJSON) come back as they
 * are written, the report last.
 */
export async function POST(request: Request) {
  const { t } = await getDictionary()
  const session = await proSession()
  if (session?.actor !== "agent" || !request.body) {
    return Response.json({ status: 401, message: t.forms.signInAsAgent }, { status: 401 })
  }
  const asked = new URL(request.url).searchParams
  const commit = asked.get("commit") === "true"
  const source = asked.get("source")
  const path = importPath(source, commit)
  const response = await fetch(`${storefrontConfig().backendUrl}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${session.token}`, "content-type": "text/csv", accept: "application/x-ndjson" },
    body: request.body,
    duplex: "half",
    cache: "no-store",
  } as RequestInit)
  return new Response(response.body, {
    status: response.status,
    headers: { "content-type": response.headers.get("content-type") ?? "application/json", "cache-control": "no-store" },
  })
}
