import { type NextRequest } from "next/server"
import { storefrontConfig } from "@/lib/config"

/**
 * The audience beacon, relayed to the backend with the visitor's user agent
 * (to leave bots out) and nothing else: no cookie, no address. Always 204.
 */
export async function POST(request: NextRequest) {
  const body = await request.text()
  if (body.length > 1000) {
    return new Response(null, { status: 204 })
  }
  const { backendUrl, publishableKey } = storefrontConfig()
  await fetch(`${backendUrl}/store/beacon`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": publishableKey,
      "user-agent": request.headers.get("user-agent") ?? "",
    },
    body,
    cache: "no-store",
  }).catch(() => undefined)
  return new Response(null, { status: 204 })
}
