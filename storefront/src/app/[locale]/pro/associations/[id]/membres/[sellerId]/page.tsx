import type { Metadata } from "next"
import { Link } from "@/i18n/navigation"
import { notFound } from "next/navigation"
import { ActionForm } from "@/components/pro/action-form"
import { ProHeader } from "@/components/pro/pro-header"
import { ProfileFields } from "@/components/pro/profile-fields"
import { getDictionary } from "@/lib/i18n"
import { orNotFound, proFetch, requirePro } from "@/lib/pro/session"
import { listOverseenAssociations } from "@/lib/pro/steer"
import { saveOnBehalfAction } from "./actions"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ id: string; sellerId: string }>; searchParams: Promise<{ fait?: string }> }
type OnBehalfSeller = {
  id: string
  name: string
  description: string | null
  phone: string | null
  email: string | null
  website: string | null
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.steer.assistedEntry, robots: { index: false } }
}

/** A moderator edits a member's vitrine for it, under a banner that says so; only active members of its own associations. */
export default async function OnBehalfEditor({ params, searchParams }: Props) {
  const [{ t }, { id, sellerId }, { fait }] = await Promise.all([getDictionary(), params, searchParams, requirePro("moderator")])
  const [{ seller, association_id }, associations] = await Promise.all([
    orNotFound(proFetch<{ seller: OnBehalfSeller; association_id: string }>(`/association/sellers/${encodeURIComponent(sellerId)}`)),
    listOverseenAssociations(),
  ])
  const association = associations.find((a) => a.id === id && a.id === association_id) ?? notFound()
  return (
    <>
      <ProHeader t={t} actor="moderator" />
      <main id="contenu" tabIndex={-1}>
        <p className="on-behalf-banner" role="note">
          {t.steer.onBehalfBanner(seller.name, association.name)}
        </p>
        <h1>{t.steer.onBehalfTitle(seller.name)}</h1>
        <p role="status" className="form-ok">
          {fait === "enregistre" ? t.steer.saved : ""}
        </p>
        <ActionForm action={saveOnBehalfAction} submit={t.steer.save}>
          <input type="hidden" name="association_id" value={association.id} />
          <input type="hidden" name="seller_id" value={seller.id} />
          <ProfileFields t={t} seller={seller} prefix="assiste" />
        </ActionForm>
        <p>
          <Link href={`/pro/associations/${association.id}`}>{t.steer.backToMembers}</Link>
        </p>
      </main>
    </>
  )
}
