/** Where the end-to-end servers listen: other ports than the demo's, so both can run. */
export const E2E_BACKEND_PORT = 9100
export const E2E_STOREFRONT_PORT = 8100
export const STOREFRONT_URL = `http://localhost:${E2E_STOREFRONT_PORT}`
