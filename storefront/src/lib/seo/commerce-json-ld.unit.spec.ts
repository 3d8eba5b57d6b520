import { describe, expect, it } from "vitest"
import { eventJsonLd, productJsonLd } from "./commerce-json-ld"

describe("productJsonLd", () => {
  const product = {
    title: "Tarte au sucre",
    description: "La tarte briochée à la cassonade.",
    thumbnail: null,
    price: 12,
    inStock: true,
    seller: { name: "Boulangerie du Vieux-Lille", url: "https://enjoy.test/lille/etablissements/boulangerie" },
  }

  it("offers the product at its price in euros, in stock, sold by its establishment", () => {
    expect(productJsonLd(product, "https://enjoy.test/p")).toEqual({
      "@context": "https://schema.org",
      "@type": "Product",
      name: "Tarte au sucre",
      url: "https://enjoy.test/p",
      description: "La tarte briochée à la cassonade.",
      offers: {
        "@type": "Offer",
        url: "https://enjoy.test/p",
        price: "12.00",
        priceCurrency: "EUR",
        availability: "https://schema.org/InStock",
        seller: { "@type": "LocalBusiness", name: "Boulangerie du Vieux-Lille", url: product.seller.url },
      },
    })
  })

  it("says when it is sold out, and offers nothing without a price", () => {
    expect(productJsonLd({ ...product, inStock: false }, "u").offers?.availability).toBe("https://schema.org/OutOfStock")
    expect(productJsonLd({ ...product, price: null }, "u")).not.toHaveProperty("offers")
  })
})

describe("eventJsonLd", () => {
  const event = {
    title: "Nocturne au Palais",
    description: null,
    starts_at: "2026-12-01T17:00:00.000Z",
    ends_at: "2026-12-01T21:00:00.000Z",
    address: "Place de la République",
    is_free: false,
    price: 7,
    booking_url: "https://example.org/billetterie",
    place: { name: "Palais des Beaux-Arts", city: "Lille" },
  }

  it("describes a paid event in its place, with its ticket", () => {
    const json = eventJsonLd(event, "https://enjoy.test/agenda")
    expect(json).toMatchObject({
      "@type": "Event",
      startDate: event.starts_at,
      isAccessibleForFree: false,
      location: { name: "Palais des Beaux-Arts", address: { streetAddress: "Place de la République", addressLocality: "Lille" } },
      offers: { price: "7.00", priceCurrency: "EUR", url: "https://example.org/billetterie" },
    })
  })

  it("has no offer when it is free", () => {
    expect(eventJsonLd({ ...event, is_free: true }, "u")).not.toHaveProperty("offers")
  })
})
