import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { etagOf, LICENCE, matchesEtag, negotiate, toCsv, toGeoJson } from "../../lib/open-data"
import { OPEN_DATA_FIELDS, schemaOrgNode } from "../../lib/open-data-rows"
import { territoryOptions } from "../../utils/plugin-options"
import type { OpenDataQueryType } from "../validators"
import { readOpenData } from "./read-open-data"

const CONTENT_TYPES = {
  json: "application/json; charset=utf-8",
  geojson: "application/geo+json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  jsonld: "application/ld+json; charset=utf-8",
}

/**
 * A commune's open data: its open establishments, running bons plans and
 * coming events, as JSON, GeoJSON or CSV, public fields only, under the
 * Licence Ouverte 2.0. Paginated; an ETag lets re-harvesters skip unchanged pages.
 * `base` is the address pages link to (open data, or the partner API).
 */
export async function sendOpenData(req: MedusaRequest, res: MedusaResponse, base: string) {
  const wanted = negotiate(req.params.resource, req.get("accept"))
  if (!wanted) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Unknown open data resource '${req.params.resource}': use establishments, deals or events, optionally .json, .geojson, .csv or .jsonld`
    )
  }
  const { limit, offset } = req.validatedQuery as OpenDataQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { storefrontUrl } = territoryOptions(req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE))
  const page = await readOpenData(query, { slug: req.params.slug, resource: wanted.resource, limit, offset, storefrontUrl })

  const meta = {
    licence: LICENCE,
    commune: page.commune,
    resource: wanted.resource,
    count: page.count,
    limit,
    offset,
    schema: "/opendata/schema",
  }
  const body =
    wanted.format === "csv"
      ? toCsv(page.rows, OPEN_DATA_FIELDS[wanted.resource])
      : JSON.stringify(
          wanted.format === "geojson"
            ? toGeoJson(page.rows, meta)
            : wanted.format === "jsonld"
              ? { "@context": "https://schema.org", license: LICENCE.url, "@graph": page.rows.map((row) => schemaOrgNode(wanted.resource, row)) }
              : { ...meta, data: page.rows }
        )
  const etag = etagOf(body)

  const links = [`<${LICENCE.url}>; rel="license"`]
  if (offset + limit < page.count) {
    links.push(`<${base}?limit=${limit}&offset=${offset + limit}>; rel="next"`)
  }
  if (offset > 0) {
    links.push(`<${base}?limit=${limit}&offset=${Math.max(0, offset - limit)}>; rel="prev"`)
  }
  res.setHeader("ETag", etag)
  res.setHeader("Cache-Control", "public, max-age=300")
  res.setHeader("Vary", "Accept")
  res.setHeader("Link", links.join(", "))
  res.setHeader("X-Total-Count", String(page.count))
  if (matchesEtag(req.get("if-none-match"), etag)) {
    res.status(304).end()
    return
  }
  res.setHeader("Content-Type", CONTENT_TYPES[wanted.format])
  if (wanted.format === "csv") {
    res.setHeader("Content-Disposition", `inline; filename="${page.commune.slug}-${wanted.resource}.csv"`)
  }
  res.status(200).send(body)
}
