import type { Metadata } from "next"
import { Link } from "@/i18n/navigation"
import { notFound } from "next/navigation"
import { ActionForm } from "@/components/pro/action-form"
import { ProHeader } from "@/components/pro/pro-header"
import { SecretForm } from "@/components/pro/secret-form"
import { getDictionary } from "@/lib/i18n"
import { orNotFound, requirePro } from "@/lib/pro/session"
import { listMembers, listOverseenAssociations, listScopeSellers } from "@/lib/pro/steer"
import { inviteMemberAction, inviteModeratorAction } from "./actions"
import { TableRegion } from "@/components/table-region"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ fait?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.steer.membersTitle, robots: { index: false } }
}

/**
 * An association's members for its moderators (invite, act on behalf) and for
 * the agents of the communes it serves (read, invite moderators). The backend
 * answers 404 for any other association, and so does this page.
 */
export default async function AssociationMembers({ params, searchParams }: Props) {
  const [{ t }, { id }, { fait }, { actor }] = await Promise.all([getDictionary(), params, searchParams, requirePro()])
  if (actor === "merchant") {
    notFound()
  }
  const [associations, members, { sellers }] = await Promise.all([
    listOverseenAssociations(),
    orNotFound(listMembers(id)),
    listScopeSellers(),
  ])
  const association = associations.find((a) => a.id === id) ?? notFound()
  const served = new Set((association.communes ?? []).map((c) => c.slug))
  const taken = new Set(members.filter((m) => m.status !== "left").map((m) => m.seller_id))
  const candidates = sellers.filter((s) => served.has(s.commune.slug) && !taken.has(s.id))
  return (
    <>
      <ProHeader t={t} actor={actor} />
      <main id="contenu" tabIndex={-1}>
        <h1>{t.steer.members(association.name)}</h1>
        <p>{t.steer.membersIntro}</p>
        <p role="status" className="form-ok">
          {fait === "invite" ? t.steer.memberInvited : ""}
        </p>
        {members.length === 0 ? (
          <p>{t.steer.noMembers}</p>
        ) : (
          <TableRegion caption={t.steer.members(association.name)}>
            <thead>
              <tr>
                <th scope="col">{t.steer.establishment}</th>
                <th scope="col">{t.steer.status}</th>
                {actor === "moderator" && <th scope="col">{t.steer.assistedEntry}</th>}
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.seller?.name ?? m.seller_id}</th>
                  <td>{t.steer.memberStatuses[m.status] ?? m.status}</td>
                  {actor === "moderator" && (
                    <td>
                      {m.status === "active" && (
                        <Link href={`/pro/associations/${association.id}/membres/${m.seller_id}`}>{t.steer.actFor(m.seller?.name ?? "")}</Link>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </TableRegion>
        )}
        {actor === "moderator" && (
          <section aria-labelledby="inviter-etablissement">
            <h2 id="inviter-etablissement">{t.steer.inviteMember}</h2>
            <p>{t.steer.inviteMemberIntro}</p>
            {candidates.length === 0 ? (
              <p>{t.steer.noCandidates}</p>
            ) : (
              <ActionForm action={inviteMemberAction} submit={t.steer.sendInvite}>
                <input type="hidden" name="association_id" value={association.id} />
                <p className="field">
                  <label htmlFor="member-seller">{t.steer.establishment}</label>
                  <select id="member-seller" name="seller_id" required defaultValue="">
                    <option value="" disabled>
                      {t.steer.chooseEstablishment}
                    </option>
                    {candidates.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name} ({s.commune.name})
                      </option>
                    ))}
                  </select>
                </p>
              </ActionForm>
            )}
          </section>
        )}
        <section aria-labelledby="inviter-moderateur">
          <h2 id="inviter-moderateur">{t.steer.inviteModerator}</h2>
          <p>{t.steer.inviteModeratorIntro}</p>
          <SecretForm action={inviteModeratorAction} submit={t.steer.createInvite} shown={t.steer.inviteLink}>
            <input type="hidden" name="association_id" value={association.id} />
            <p className="field">
              <label htmlFor="moderator-email">{t.steer.moderatorEmail}</label>
              <input id="moderator-email" name="email" type="email" autoComplete="off" required />
            </p>
            <p className="field">
              <label htmlFor="moderator-role">{t.steer.role}</label>
              <select id="moderator-role" name="role" defaultValue="moderator">
                {Object.entries(t.steer.roles).map(([role, label]) => (
                  <option key={role} value={role}>
                    {label}
                  </option>
                ))}
              </select>
            </p>
          </SecretForm>
        </section>
      </main>
    </>
  )
}
