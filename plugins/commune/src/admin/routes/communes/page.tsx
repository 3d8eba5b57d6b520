import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { CreateCommuneForm } from "./create-commune-form"

type Commune = {
  id: string
  name: string
  slug: string
  insee_code: string
  population: number
  status: "active" | "suspended" | "ended"
}

const STATUS_LABEL: Record<Commune["status"], { label: string; color: "green" | "orange" | "grey" }> = {
  active: { label: "Active", color: "green" },
  suspended: { label: "Suspendue", color: "orange" },
  ended: { label: "Terminée", color: "grey" },
}

const CommunesPage = () => {
  const [communes, setCommunes] = useState<Commune[]>([])
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    const res = await fetch("/admin/communes?limit=200&order=name", { credentials: "include" })
    if (!res.ok) {
      setError("Impossible de charger les communes.")
      return
    }
    setCommunes((await res.json()).communes)
  }, [])

  useEffect(() => {
    void load()
  }, [load])

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">Communes</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Les communes membres, leur convention et leur portail.
          </Text>
        </div>
        {error && (
          <Text role="alert" className="px-6 py-4 text-ui-fg-error">
            {error}
          </Text>
        )}
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Nom</Table.HeaderCell>
              <Table.HeaderCell>Code INSEE</Table.HeaderCell>
              <Table.HeaderCell>Population</Table.HeaderCell>
              <Table.HeaderCell>Convention</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {communes.map((c) => (
              <Table.Row key={c.id}>
                <Table.Cell>{c.name}</Table.Cell>
                <Table.Cell>{c.insee_code}</Table.Cell>
                <Table.Cell>{c.population.toLocaleString("fr-FR")}</Table.Cell>
                <Table.Cell>
                  <Badge color={STATUS_LABEL[c.status].color}>{STATUS_LABEL[c.status].label}</Badge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
      <CreateCommuneForm onCreated={load} />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Communes",
  icon: BuildingStorefront,
})

export default CommunesPage
