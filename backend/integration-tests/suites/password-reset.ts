import { Modules } from "@medusajs/framework/utils"
import { expect, it } from "vitest"
import { merchantHeaders, operatorHeaders } from "../helpers/actors"
import { communePayload } from "../helpers/communes"
import { eventually } from "../helpers/eventually"
import { failure } from "../helpers/http"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { sellerPayload } from "../helpers/sellers"

/** Password resets: the link leads to the storefront page of the account's kind, once. */
export function passwordResetTests({ api, getContainer }: Pick<MedusaSuiteOptions, "api" | "getContainer">) {
  it("e-mails a single-use reset link to the storefront page of the account's kind", async () => {
    const operator = await operatorHeaders(getContainer(), api)
    const communeId = (await api.post("/admin/communes", communePayload(), operator)).data.commune.id
    const seller = (await api.post("/admin/sellers", sellerPayload(communeId), operator)).data.seller
    const email = "oubli@commerce.test"
    await merchantHeaders(api, operator, seller.id, email)

    await api.post("/auth/merchant/emailpass/reset-password", { identifier: email })
    const notifications = getContainer().resolve(Modules.NOTIFICATION)
    const mail = await eventually(async () => {
      const [found] = await notifications.listNotifications({ to: email, template: "password-reset" })
      expect(found).toBeDefined()
      return found as unknown as { data: { subject: string; link: string; text: string } }
    })
    expect(mail.data.subject).toBe("Choisissez un nouveau mot de passe Enjoy")
    const link = new URL(mail.data.link)
    expect(`${link.origin}${link.pathname}`).toBe("https://vitrine.enjoy.test/pro/mot-de-passe")
    expect(link.searchParams.get("acteur")).toBe("merchant")
    const token = link.searchParams.get("jeton")!

    const bearer = { headers: { authorization: `Bearer ${token}` } }
    expect((await api.post("/auth/merchant/emailpass/update", { password: "nouveau-mot-de-passe" }, bearer)).status).toBe(200)
    expect((await failure(api.post("/auth/merchant/emailpass/update", { password: "encore-un-autre" }, bearer))).status).toBe(401)
    expect((await api.post("/auth/merchant/emailpass", { email, password: "nouveau-mot-de-passe" })).data.token).toEqual(expect.any(String))
  })
}
