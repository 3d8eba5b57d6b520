import type { Messages } from "./messages/fr"
import type { routing } from "./routing"

// Typed keys and arguments: t("counts.cart", { count }) is checked against the French catalogue.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number]
    Messages: Messages
  }
}
