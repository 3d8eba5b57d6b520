/**
 * Who may call each route of ours. The authorization test reads the route tree and fails on any route
 * that is not listed here: a new route is a decision about access, made on purpose.
 *
 * - public      anyone, signed in or not (store routes still need the publishable key)
 * - holder      anyone holding an unguessable id (a cart, an order group): another one's id answers 404
 * - customer    a signed-in shopper, about themselves
 * - merchant    merchants, on the establishments they run (another's answers 404)
 * - overseer    moderators, commune agents and the operator, each within their scope (else 404)
 * - moderator   moderators only, within their associations
 * - agent       commune agents, within their commune
 * - operator    the platform team (Medusa admin users)
 * - partner     a partner API key, for its communes
 * - webhook     Stripe, with a valid signature
 * - invitee:X   a person who registered as X and holds an invitation token
 */
export type Access =
  | "public"
  | "holder"
  | "customer"
  | "merchant"
  | "overseer"
  | "moderator"
  | "agent"
  | "operator"
  | "partner"
  | "webhook"
  | "invitee:merchant"
  | "invitee:moderator"
  | "invitee:agent"

export const ACCESS: Record<string, Access> = {
  // the composed backend
  "GET /media/:name": "public",
  "GET /ready": "public",
  // commune
  "GET /admin/communes": "operator",
  "POST /admin/communes": "operator",
  "GET /admin/communes/cost-split": "operator",
  "GET /admin/communes/:id": "operator",
  "POST /admin/communes/:id": "operator",
  "DELETE /admin/communes/:id": "operator",
  "POST /admin/communes/:id/suspend": "operator",
  "POST /admin/communes/:id/end": "operator",
  "POST /admin/communes/:id/reactivate": "operator",
  "POST /admin/communes/:id/agent-invites": "operator",
  "GET /commune/communes/:id": "agent",
  "POST /commune/communes/:id/branding": "agent",
  "GET /commune/cost-split": "agent",
  "POST /commune/invites/accept": "invitee:agent",
  "GET /commune/me": "agent",
  "GET /store/communes": "public",
  "GET /store/communes/:slug": "public",
  // marketplace
  "GET /admin/sellers": "operator",
  "POST /admin/sellers": "operator",
  "GET /admin/sellers/:id": "operator",
  "POST /admin/sellers/:id": "operator",
  "POST /admin/sellers/:id/status": "operator",
  "POST /admin/sellers/:id/merchant-invites": "operator",
  "POST /hooks/stripe": "webhook",
  "POST /store/carts/:id/checkout": "holder",
  "POST /store/carts/:id/online-payment": "holder",
  "GET /store/carts/:id/order-group": "holder",
  "GET /store/customers/me/order-groups": "customer",
  "GET /store/order-groups/:id": "holder",
  "POST /store/order-groups/:id/reservations/:reservation_id/cancel": "holder",
  "GET /store/sellers": "public",
  "GET /store/sellers/:handle": "public",
  "POST /vendor/invites/accept": "invitee:merchant",
  "GET /vendor/me": "merchant",
  "GET /vendor/sellers": "merchant",
  "GET /vendor/sellers/:id": "merchant",
  "POST /vendor/sellers/:id": "merchant",
  "POST /vendor/sellers/:id/commerce-mode": "merchant",
  "GET /vendor/sellers/:id/opening-hours": "merchant",
  "POST /vendor/sellers/:id/opening-hours": "merchant",
  "GET /vendor/sellers/:id/orders": "merchant",
  "POST /vendor/sellers/:id/photos": "merchant",
  "DELETE /vendor/sellers/:id/photos": "merchant",
  "POST /vendor/sellers/:id/photos/arrangement": "merchant",
  "GET /vendor/sellers/:id/products": "merchant",
  "POST /vendor/sellers/:id/products": "merchant",
  "POST /vendor/sellers/:id/products/:product_id": "merchant",
  "GET /vendor/sellers/:id/reservations": "merchant",
  "POST /vendor/sellers/:id/reservations/:reservation_id": "merchant",
  "POST /vendor/sellers/:id/submit": "merchant",
  // association
  "GET /admin/associations": "operator",
  "POST /admin/associations": "operator",
  "POST /admin/associations/:id/moderator-invites": "operator",
  "GET /association/associations/:id/members": "overseer",
  "POST /association/associations/:id/members": "overseer",
  "DELETE /association/associations/:id/members/:seller_id": "overseer",
  "POST /association/associations/:id/moderator-invites": "overseer",
  "GET /association/audit": "overseer",
  "GET /association/cases": "overseer",
  "GET /association/cases/:id": "overseer",
  "POST /association/cases/:id/decision": "overseer",
  "POST /association/invites/accept": "invitee:moderator",
  "GET /association/me": "overseer",
  "GET /association/sellers": "overseer",
  "GET /association/sellers/:id": "overseer",
  "POST /association/sellers/:id": "overseer",
  "POST /association/sellers/:id/products": "overseer",
  "POST /association/sellers/:id/products/:product_id": "overseer",
  "GET /vendor/sellers/:id/memberships": "merchant",
  "POST /vendor/sellers/:id/memberships/:association_id": "merchant",
  "GET /vendor/sellers/:id/moderation": "merchant",
  // deals
  "POST /commune/events": "agent",
  "GET /store/cultural-sites": "public",
  "GET /store/customers/me/deal-claims": "customer",
  "GET /store/customers/me/export": "customer",
  "DELETE /store/customers/me": "customer",
  "GET /store/deals": "public",
  "GET /store/deals/:id": "public",
  "POST /store/deals/:id/claim": "public",
  "GET /store/discover": "public",
  "GET /store/discover/suggest": "public",
  "GET /store/events": "public",
  "POST /vendor/deals/redeem": "merchant",
  "GET /vendor/sellers/:id/deals": "merchant",
  "POST /vendor/sellers/:id/deals": "merchant",
  "POST /vendor/sellers/:id/deals/:deal_id": "merchant",
  "POST /vendor/sellers/:id/deals/:deal_id/submit": "merchant",
  "GET /vendor/sellers/:id/events": "merchant",
  "POST /vendor/sellers/:id/events": "merchant",
  "POST /vendor/sellers/:id/events/:event_id": "merchant",
  "POST /vendor/sellers/:id/events/:event_id/submit": "merchant",
  // territory
  "POST /admin/communes/:id/imports/establishments": "operator",
  "GET /admin/communes/:id/report": "operator",
  "GET /admin/partner-keys": "operator",
  "POST /admin/partner-keys": "operator",
  "POST /admin/partner-keys/:id/revoke": "operator",
  "GET /commune/claims": "agent",
  "POST /commune/claims/:id/decision": "agent",
  "POST /commune/imports/establishments": "agent",
  "GET /commune/imports/establishments/template": "agent",
  "POST /commune/imports/products": "agent",
  "GET /commune/imports/products/template": "agent",
  "GET /commune/partner-keys": "agent",
  "POST /commune/partner-keys": "agent",
  "POST /commune/partner-keys/:id/revoke": "agent",
  "GET /commune/report": "agent",
  "GET /commune/stats": "agent",
  "GET /opendata/communes/:slug/:resource": "public",
  "GET /opendata/schema": "public",
  "GET /partner/communes/:slug/data/:resource": "partner",
  "GET /partner/communes/:slug/statistics": "partner",
  "POST /store/beacon": "public",
  "POST /store/establishment-claims": "public",
  "GET /t/:code": "public",
  "GET /vendor/sellers/:id/stats": "merchant",
  "GET /vendor/sellers/:id/tag": "merchant",
}
