import "server-only"
import Medusa from "@medusajs/js-sdk"
import { storefrontConfig } from "./config"

let client: Medusa | undefined

/** One SDK client per server process; every read happens on the server. */
export function medusa(): Medusa {
  if (!client) {
    const { backendUrl, publishableKey } = storefrontConfig()
    client = new Medusa({ baseUrl: backendUrl, publishableKey })
  }
  return client
}
