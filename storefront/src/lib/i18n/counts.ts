import { createTranslator } from "next-intl"
import { messages } from "../../i18n/messages"

/**
 * The dictionaries' counting messages are ICU plurals formatted by next-intl, so that "1 article",
 * "2 articles" and "0" read right in each language (French counts 0 and 1 as singular).
 */
export const countsFr = createTranslator({ locale: "fr", messages: messages.fr, namespace: "counts" })
export const countsEn = createTranslator({ locale: "en", messages: messages.en, namespace: "counts" })
