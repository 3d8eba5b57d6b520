import { getDictionary } from "@/lib/i18n"
import { storefrontConfig } from "@/lib/config"
import { proSession } from "@/lib/pro/session"

/** The establishments' or products' CSV template, for the signed-in agent. */
export async function GET(request: Request) {
  const { t } = await getDictionary()
  const session = await proSession()
  if (session?.actor !== "agent") {
    return new Response(t.forms.notFound, { status: 404 })
  }
  const products = new URL(request.url).searchParams.get("type") === "produits"
  const response = await fetch(`${storefrontConfig().backendUrl}/commune/imports/${products ? "products" : "establishments"}/template`, {
    headers: { authorization: `Bearer ${session.token}` },
    cache: "no-store",
  })
  return new Response(response.body, {
    status: response.status,
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${products ? "modele-produits" : "modele-etablissements"}.csv"` },
  })
}
