import { Button, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"

const FIELDS = [
  { name: "name", label: "Nom", type: "text" },
  { name: "slug", label: "Identifiant d'URL (ex. villeneuve-d-ascq)", type: "text" },
  { name: "insee_code", label: "Code INSEE", type: "text" },
  { name: "postal_codes", label: "Codes postaux (séparés par des virgules)", type: "text" },
  { name: "population", label: "Population", type: "number" },
  { name: "population_year", label: "Année du recensement", type: "number" },
  { name: "latitude", label: "Latitude du centre", type: "number" },
  { name: "longitude", label: "Longitude du centre", type: "number" },
  { name: "convention_start", label: "Début de la convention", type: "date" },
] as const

function toPayload(form: FormData) {
  const value = (name: string) => String(form.get(name) ?? "").trim()
  return {
    name: value("name"),
    slug: value("slug"),
    insee_code: value("insee_code").toUpperCase(),
    postal_codes: value("postal_codes")
      .split(",")
      .map((code) => code.trim())
      .filter(Boolean),
    population: Number(value("population")),
    population_year: Number(value("population_year")),
    latitude: Number(value("latitude")),
    longitude: Number(value("longitude")),
    convention_start: value("convention_start"),
  }
}

export const CreateCommuneForm = ({ onCreated }: { onCreated: () => void }) => {
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    setSaving(true)
    setError(null)
    const res = await fetch("/admin/communes", {
      method: "POST",
      credentials: "include",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(toPayload(new FormData(form))),
    })
    setSaving(false)
    if (!res.ok) {
      setError((await res.json()).message ?? "La commune n'a pas pu être créée.")
      return
    }
    form.reset()
    toast.success("Commune créée")
    onCreated()
  }

  return (
    <Container className="p-6">
      <Heading level="h2">Ajouter une commune</Heading>
      <form onSubmit={submit} className="mt-4 grid grid-cols-2 gap-4">
        {FIELDS.map((field) => (
          <div key={field.name} className="flex flex-col gap-y-1">
            <Label htmlFor={`commune-${field.name}`}>{field.label}</Label>
            <Input
              id={`commune-${field.name}`}
              name={field.name}
              type={field.type}
              step={field.type === "number" ? "any" : undefined}
              // Not `required`: the UI kit paints untouched required inputs as invalid,
              // and the server names any missing or bad field in its answer.
              aria-required="true"
            />
          </div>
        ))}
        {error && (
          <Text role="alert" className="col-span-2 text-ui-fg-error">
            {error}
          </Text>
        )}
        <div className="col-span-2">
          <Button type="submit" isLoading={saving}>
            Créer la commune
          </Button>
        </div>
      </form>
    </Container>
  )
}
