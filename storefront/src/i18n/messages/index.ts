import type { Locale } from "../routing"
import { en } from "./en"
import { fr, type Messages } from "./fr"

export const messages: Record<Locale, Messages> = { fr, en: en as Messages }
