import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { axeViolations, frenchPagePerTest } from "./page"
import { signInPro } from "./pro-helpers"
import { STOREFRONT_URL } from "./servers"
import { BACKEND_URL, vitrine } from "./shop-helpers"

const noViolations = async (page: Parameters<typeof axeViolations>[0], name: string) =>
  expect({ page: name, violations: await axeViolations(page) }).toEqual({ page: name, violations: [] })

/** Steering the territory from the pro space: the commune's dashboard, associations' members, assisted entry, events. */
describe("pro space: steering", () => {
  const page = frenchPagePerTest()

  it("shows a commune agent its establishments by status and the cost split, and lets it invite a moderator who then signs up", async () => {
    const agent = page()
    await signInPro(agent, /Agent/, "agent.lille@enjoy.test", "enjoy-agent")
    await agent.getByRole("heading", { name: "Tableau de bord — Lille" }).waitFor()
    const open = agent.locator(".stat-tile").filter({ has: agent.locator("dt", { hasText: /^Ouvert$/ }) })
    expect(Number(await open.locator("dd").textContent())).toBeGreaterThan(0)
    await agent.getByText("Tous les établissements").click()
    expect(await agent.getByRole("row", { name: /Estaminet La Bretelle/ }).textContent()).toContain("Ouvert")
    await noViolations(agent, "commune dashboard")

    await agent.getByRole("link", { name: "Répartition des coûts" }).click()
    await agent.waitForURL(/\/pro\/commune\/repartition$/)
    const own = agent.getByRole("row", { name: /Lille \(votre commune\)/ })
    expect(await own.getAttribute("data-own")).toBe("true")
    await noViolations(agent, "cost split")
    const csv = await agent.request.get(`${STOREFRONT_URL}/pro/commune/repartition/csv?annee=${new Date().getFullYear()}`)
    expect(csv.status()).toBe(200)
    expect(csv.headers()["content-type"]).toContain("text/csv")
    expect((await csv.text()).split("\n").some((line) => line.startsWith("Lille;"))).toBe(true)

    await agent.goto(`${STOREFRONT_URL}/pro`)
    await agent.getByRole("link", { name: "Membres — Les Vitrines du Vieux-Lille" }).click()
    await agent.waitForURL(/\/pro\/associations\/\w+$/)
    const email = `moderatrice.${Date.now()}@vieux-lille.test`
    await agent.getByLabel("Adresse e-mail du modérateur").fill(email)
    await agent.getByRole("button", { name: "Créer l'invitation" }).click()
    const link = (await agent.locator(".invite-link").textContent())!
    expect(link).toMatch(/\/pro\/invitation\?jeton=[\w-]+&profil=moderation$/)
    await noViolations(agent, "association members (agent)")

    // The new moderator, on a device of her own, follows the link.
    await agent.context().clearCookies()
    await agent.goto(link)
    await agent.getByText("Vous avez été invité à modérer pour une association de commerçants.", { exact: false }).waitFor()
    await agent.getByLabel("Adresse e-mail invitée").fill(email)
    await agent.getByLabel("Prénom").fill("Léa")
    await agent.getByLabel("Nom", { exact: true }).fill("Delcourt")
    await agent.getByLabel(/^Mot de passe/).fill("une-phrase-de-passe")
    await agent.getByRole("button", { name: "Accepter l'invitation" }).click()
    await agent.waitForURL(`${STOREFRONT_URL}/pro`)
    await agent.getByRole("link", { name: "Membres — Les Vitrines du Vieux-Lille" }).waitFor()
  })

  it("lets a moderator invite an establishment and type for a member under a banner, published and logged", async () => {
    const moderator = page()
    await signInPro(moderator, /Modérateur/, "presidente.vieux-lille@enjoy.test", "enjoy-moderateur")
    await moderator.getByRole("link", { name: "Membres — Les Vitrines du Vieux-Lille" }).click()
    await moderator.waitForURL(/\/pro\/associations\/\w+$/)
    const membersUrl = moderator.url()
    expect(await moderator.getByRole("row", { name: /Crêperie Saint-Maurice/ }).textContent()).toContain("Membre")
    await noViolations(moderator, "association members")

    await moderator.getByRole("combobox", { name: "Établissement" }).selectOption({ label: "Vieille Bourse (Lille)" })
    await moderator.getByRole("button", { name: "Inviter", exact: true }).click()
    await moderator.getByText("Invitation envoyée : elle attend la réponse du commerçant.").waitFor()
    expect(await moderator.getByRole("row", { name: /Vieille Bourse/ }).textContent()).toContain("Invité, en attente de réponse")

    await moderator.getByRole("link", { name: "Saisir pour le compte de Crêperie Saint-Maurice" }).click()
    await moderator.waitForURL(/\/membres\/sel_\w+$/)
    const assistedUrl = moderator.url()
    expect(await moderator.locator(".on-behalf-banner").textContent()).toContain(
      "Vous agissez pour le compte de Crêperie Saint-Maurice, au nom de Les Vitrines du Vieux-Lille."
    )
    await noViolations(moderator, "assisted entry")
    const phone = `03 20 ${String(Date.now()).slice(-6).replace(/(\d\d)(\d\d)(\d\d)/, "$1 $2 $3")}`
    await moderator.getByLabel("Téléphone").fill(phone)
    await moderator.getByRole("button", { name: "Publier pour le compte du commerçant" }).click()
    await moderator.getByText("Modifications publiées et inscrites au journal.").waitFor()
    await moderator.goto(`${STOREFRONT_URL}/pro/journal`)
    const entry = moderator.getByRole("row").filter({ hasText: "Crêperie Saint-Maurice" }).first()
    expect(await entry.textContent()).toContain("Saisie pour le compte du commerçant")

    // Published at once: a visitor sees it; a moderator of another association gets neither page.
    await moderator.context().clearCookies()
    await moderator.goto(vitrine("lille", "creperie-saint-maurice"))
    expect(await moderator.locator("main").textContent()).toContain(phone)
    await signInPro(moderator, /Modérateur/, "president.roubaix-tourcoing@enjoy.test", "enjoy-moderateur")
    for (const url of [membersUrl, assistedUrl]) {
      const response = await moderator.goto(url)
      expect({ url, status: response?.status() }).toEqual({ url, status: 404 })
    }
  })

  it("lets a merchant add an event to its establishment's agenda", async () => {
    const merchant = page()
    await signInPro(merchant, /Commerçant/, "hugo.estaminet@enjoy.test", "enjoy-commercant")
    await merchant.getByRole("link", { name: "Agenda — Estaminet La Bretelle" }).click()
    await merchant.waitForURL(/\/agenda$/)
    await noViolations(merchant, "merchant events")
    const title = `Veillée des conteurs ${Date.now()}`
    // Two months ahead: beyond the 30 days the public agenda lists, which other tests read exactly.
    const day = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10)
    await merchant.getByLabel("Titre").fill(title)
    await merchant.getByLabel(/^Catégorie/).fill("conte")
    await merchant.getByLabel("Début").fill(`${day}T19:00`)
    await merchant.getByLabel("Fin").fill(`${day}T18:00`)
    await merchant.getByRole("button", { name: "Créer et envoyer en validation" }).click()
    await merchant.getByText("Choisissez un début et une fin, la fin après le début.").waitFor()
    await merchant.getByLabel("Titre").fill(title)
    await merchant.getByLabel(/^Catégorie/).fill("conte")
    await merchant.getByLabel("Début").fill(`${day}T19:00`)
    await merchant.getByLabel("Fin").fill(`${day}T21:30`)
    await merchant.getByRole("button", { name: "Créer et envoyer en validation" }).click()
    await merchant.getByText(/^Événement créé et envoyé/).waitFor()
    const event = merchant.locator(".result").filter({ has: merchant.getByRole("heading", { name: title }) })
    // Estaminet La Bretelle is in no association: post-moderation, published at once.
    // The day written as the pro space writes it (French month names have accents: "février", "août").
    const written = new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", timeZone: "Europe/Paris" })
      .format(new Date(`${day}T12:00:00Z`))
    expect(await event.locator(".result__meta").textContent()).toBe(`Publié · conte · ${written} à 19:00`)
  })

  it("gives a merchant its statistics and QR/NFC kit, whose short address leads to the vitrine; the agent sees the commune's figures", async () => {
    const merchant = page()
    await signInPro(merchant, /Commerçant/, "hugo.estaminet@enjoy.test", "enjoy-commercant")
    await merchant.getByRole("link", { name: "Statistiques — Estaminet La Bretelle" }).click()
    await merchant.waitForURL(/\/statistiques$/)
    expect(await merchant.getByRole("row", { name: /Vues de la vitrine/ }).count()).toBe(1)
    const qr = merchant.getByRole("img", { name: "QR code menant à la vitrine de Estaminet La Bretelle" })
    await qr.waitFor()
    // The image is fetched after the page: wait for it to be decoded rather than reading it too early.
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    await noViolations(merchant, "merchant statistics")
    const code = (await merchant.locator(".tag-code").textContent())!
    expect(code).toMatch(/^[2-9A-Z]{6}$/)
    const png = await merchant.request.get(`${merchant.url().replace(/statistiques$/, "kit/png")}?telecharger`)
    expect(png.headers()["content-type"]).toBe("image/png")
    expect((await png.body()).subarray(1, 4).toString()).toBe("PNG")
    const sticker = await merchant.request.get(`${merchant.url().replace(/statistiques$/, "kit/a6")}?telecharger`)
    expect(sticker.headers()["content-type"]).toBe("application/pdf")
    expect((await sticker.body()).subarray(0, 5).toString()).toBe("%PDF-")
    // The checklist ticks the kit once it was downloaded.
    await merchant.goto(merchant.url().replace(/\/statistiques$/, ""))
    expect(await merchant.locator(".checklist li").filter({ hasText: "Kit QR code et NFC imprimé" }).getAttribute("data-done")).toBe("true")
    await merchant.goBack()

    // Someone scans the sticker: the short address leads to the vitrine.
    await merchant.context().clearCookies()
    await merchant.goto(`${STOREFRONT_URL}/t/${code.toLowerCase()}`)
    expect(merchant.url()).toBe(vitrine("lille", "estaminet-la-bretelle"))

    await signInPro(merchant, /Agent/, "agent.lille@enjoy.test", "enjoy-agent")
    await merchant.getByRole("link", { name: "Statistiques", exact: true }).click()
    await merchant.getByRole("heading", { name: "Statistiques — Lille" }).waitFor()
    expect(await merchant.getByText(/établissements? ouverts? aujourd'hui/).textContent()).toMatch(/^\d+ établissements? ouverts? aujourd'hui\.$/)
    await noViolations(merchant, "commune statistics")
    const pdf = await merchant.request.get(`${STOREFRONT_URL}/pro/commune/bilan/pdf`)
    expect(pdf.headers()["content-type"]).toBe("application/pdf")
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-")

    // A key for a partner: it opens the commune's data until it is revoked.
    await merchant.getByRole("link", { name: "Tableau de bord" }).click()
    await merchant.getByRole("link", { name: "Clés de l'API du territoire" }).click()
    await merchant.waitForURL(`${STOREFRONT_URL}/pro/commune/cles`)
    const partner = `Office de tourisme ${Date.now()}`
    await merchant.getByLabel("Partenaire").fill(partner)
    await merchant.getByRole("button", { name: "Créer la clé" }).click()
    const key = (await merchant.locator(".invite-link").textContent())!
    expect(key).toMatch(/^enjoy_pk_/)
    await noViolations(merchant, "partner keys")
    const read = () => fetch(`${BACKEND_URL}/partner/communes/lille/data/establishments.json?limit=1`, { headers: { "x-api-key": key } })
    expect((await read()).status).toBe(200)
    await merchant.reload()
    await merchant.getByRole("button", { name: `Révoquer la clé de ${partner}` }).click()
    await merchant.getByText("Clé révoquée : elle ne fonctionne plus.").waitFor()
    expect((await read()).status).toBe(401)
  })

  it("lets an agent check a SIRENE extract, import the commune's establishments once, and hand one over to the owner who claims it", async () => {
    const agent = page()
    await signInPro(agent, /Agent/, "agent.wambrechies@enjoy.test", "enjoy-agent")
    await agent.getByRole("link", { name: "Importer des établissements" }).click()
    await agent.waitForURL(`${STOREFRONT_URL}/pro/commune/import`)
    await noViolations(agent, "import")
    // The fixture is a Lille extract: Wambrechies' agent is told every line belongs to another commune.
    const fixture = readFileSync(new URL("../../backend/integration-tests/fixtures/sirene-lille.csv", import.meta.url))
    await agent.getByLabel("Fichier CSV").setInputFiles({ name: "sirene-lille.csv", mimeType: "text/csv", buffer: fixture })
    await agent.getByRole("button", { name: "Vérifier (essai, rien n'est écrit)" }).click()
    await agent.getByText(/^8 lignes lues : 0 à créer/).waitFor()
    expect(await agent.getByRole("table", { name: "Lignes en erreur (à corriger)" }).textContent()).toContain("ce fichier doit ne contenir que la commune 59636")

    // A file made for Wambrechies (INSEE 59636): one shop, checked then imported; importing again adds nothing.
    const [header, first] = fixture.toString("utf8").trim().split("\n")
    const shop = first
      .replace(",59000,LILLE,,,59350,", ",59118,WAMBRECHIES,,,59636,")
      .replace("704224.5,7059720.1", "703518.5,7065476.8")
    expect(shop).toContain(",59636,")
    const wambrechies = [header, shop]
    await agent.getByLabel("Fichier CSV").setInputFiles({ name: "wambrechies.csv", mimeType: "text/csv", buffer: Buffer.from(wambrechies.join("\n")) })
    await agent.getByRole("button", { name: "Vérifier (essai, rien n'est écrit)" }).click()
    await agent.getByText(/^1 ligne lue : 1 à créer, 0 déjà présente,/).waitFor()
    await agent.getByRole("button", { name: "Importer" }).click()
    await agent.getByText("Import terminé : 1 création dans l'annuaire.").waitFor()
    await agent.getByRole("button", { name: "Importer" }).click()
    await agent.getByText(/^1 ligne lue : 0 à créer, 1 déjà présente,/).waitFor()

    // Its shelves, from the products template: checked, then imported.
    await agent.getByRole("combobox", { name: "Format" }).selectOption({ label: "Produits : modèle CSV d'Enjoy" })
    const shelf = "etablissement;titre;prix;stock;sku;description\n81203456700014;Pain de campagne;3,80;12;;\n"
    await agent.getByLabel("Fichier CSV").setInputFiles({ name: "produits.csv", mimeType: "text/csv", buffer: Buffer.from(shelf) })
    await agent.getByRole("button", { name: "Vérifier (essai, rien n'est écrit)" }).click()
    await agent.getByText(/^1 ligne lue : 1 à créer/).waitFor()
    await agent.getByRole("button", { name: "Importer" }).click()
    await agent.getByText("Import terminé : 1 création dans l'annuaire.").waitFor()

    // The baker finds the shop in the directory and asks to run it; the agent accepts and the invitation leaves.
    const baker = await page().context().browser()!.newPage({ locale: "fr-FR" })
    await baker.goto(`${STOREFRONT_URL}/pro/connexion`)
    await baker.getByRole("link", { name: "C'est mon commerce" }).click()
    await baker.waitForURL(`${STOREFRONT_URL}/pro/reprendre`)
    await noViolations(baker, "claim")
    await baker.getByLabel("SIRET de l'établissement (14 chiffres)").fill("812 034 567 00014")
    await baker.getByLabel("Vos prénom et nom").fill("Jeanne Fournier")
    await baker.getByLabel("Adresse e-mail").fill(`jeanne.${Date.now()}@boulangerie.test`)
    await baker.getByRole("button", { name: "Envoyer ma demande" }).click()
    await baker.getByText("Demande envoyée : la commune vous répond par e-mail.").waitFor()

    await agent.goto(`${STOREFRONT_URL}/pro/commune/reprises`)
    const request = agent.locator(".result").filter({ hasText: "demandé par Jeanne Fournier" })
    expect(await request.textContent()).toContain("SIRET 81203456700014")
    await noViolations(agent, "claims")
    await request.getByRole("radio", { name: "Refuser" }).check()
    await request.getByRole("button", { name: /^Enregistrer la décision/ }).click()
    await request.getByText("Indiquez le motif du refus : il est communiqué au demandeur").waitFor()
    await request.getByRole("radio", { name: "Accepter et envoyer l'invitation" }).check()
    await request.getByRole("button", { name: /^Enregistrer la décision/ }).click()
    await agent.getByText("Demande acceptée : l'invitation a été envoyée par e-mail.").waitFor()
  })
})
