import type { Dictionary } from "@/lib/i18n/dictionaries"

type Profile = { description: string | null; phone: string | null; email: string | null; website: string | null }

/** The vitrine's description and contact fields, shared by the merchant's editor and a moderator's assisted entry. */
export function ProfileFields({ t, seller, prefix }: { t: Dictionary; seller: Profile; prefix: string }) {
  return (
    <>
      <p className="field">
        <label htmlFor={`${prefix}-description`}>{t.pro.description}</label>
        <textarea id={`${prefix}-description`} name="description" rows={4} maxLength={2000} defaultValue={seller.description ?? ""} />
      </p>
      <p className="field">
        <label htmlFor={`${prefix}-phone`}>{t.pro.phone}</label>
        <input id={`${prefix}-phone`} name="phone" type="tel" autoComplete="tel" defaultValue={seller.phone ?? ""} />
      </p>
      <p className="field">
        <label htmlFor={`${prefix}-email`}>{t.pro.email2}</label>
        <input id={`${prefix}-email`} name="email" type="email" defaultValue={seller.email ?? ""} />
      </p>
      <p className="field">
        <label htmlFor={`${prefix}-website`}>{t.pro.website}</label>
        <input id={`${prefix}-website`} name="website" type="url" defaultValue={seller.website ?? ""} />
      </p>
    </>
  )
}
