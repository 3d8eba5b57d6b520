/**
 * What the vendor API shares on purpose with the plugins that add their own
 * /vendor routes: the owner check every such route starts with, and the
 * validators a moderator's assisted entry extends (same fields, same rules).
 */
export { retrieveOwnSeller, VENDOR_SELLER_FIELDS } from "./api/utils/own-seller"
export { VendorCreateProduct, VendorUpdateProduct, VendorUpdateSeller } from "./api/vendor/validators"
