import { getDictionary } from "@/lib/i18n"
import { NextResponse } from "next/server"
import { currentCustomer, exportPersonalData } from "@/lib/account"

/** "Télécharger mes données": a JSON file of everything kept about the signed-in shopper. */
export async function GET() {
  const { t } = await getDictionary()
  const customer = await currentCustomer()
  if (!customer) {
    return NextResponse.json({ message: t.forms.signInToDownload }, { status: 401 })
  }
  const data = await exportPersonalData()
  const day = new Date().toISOString().slice(0, 10)
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="enjoy-mes-donnees-${day}.json"`,
      "cache-control": "no-store",
    },
  })
}
