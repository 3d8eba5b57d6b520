import type { Commune } from "@/lib/communes"

/** A GET form narrowing a list to one commune; works without JavaScript. */
export function CommuneFilter({ action, communes, current, labels }: {
  action: string
  communes: Commune[]
  current?: string
  labels: { commune: string; all: string; apply: string }
}) {
  return (
    <form action={action} method="get" className="commune-filter">
      <label htmlFor="commune-filter">{labels.commune}</label>{" "}
      <select id="commune-filter" name="commune" defaultValue={current ?? ""}>
        <option value="">{labels.all}</option>
        {communes.map((c) => (
          <option key={c.slug} value={c.slug}>
            {c.name}
          </option>
        ))}
      </select>{" "}
      <button type="submit">{labels.apply}</button>
    </form>
  )
}
