import { createNavigation } from "next-intl/navigation"
import { routing } from "./routing"

/** next-intl's navigation for our routing; the app imports it through ./navigation. */
export const navigation = createNavigation(routing)
