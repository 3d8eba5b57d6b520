import { getDictionary } from "@/lib/i18n"
import { storefrontConfig } from "@/lib/config"
import { proSession } from "@/lib/pro/session"

/** The cost split's CSV, fetched for the signed-in agent: a download link cannot carry the bearer token itself. */
export async function GET(request: Request) {
  const { t } = await getDictionary()
  const session = await proSession()
  if (session?.actor !== "agent") {
    return new Response(t.forms.signInAsAgent, { status: 401 })
  }
  const year = new URL(request.url).searchParams.get("annee") ?? ""
  if (!/^\d{4}$/.test(year)) {
    return new Response(t.forms.badYear, { status: 400 })
  }
  const response = await fetch(`${storefrontConfig().backendUrl}/commune/cost-split?year=${year}&format=csv`, {
    headers: { authorization: `Bearer ${session.token}` },
    cache: "no-store",
  })
  return new Response(response.body, {
    status: response.status,
    headers: {
      "content-type": response.headers.get("content-type") ?? "text/csv; charset=utf-8",
      "content-disposition": response.headers.get("content-disposition") ?? `attachment; filename="repartition-${year}.csv"`,
    },
  })
}
