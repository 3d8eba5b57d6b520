/** Footer and legal pages' titles (the `legal` namespace); the pages' bodies are French-only legal texts. */
export const legalFr = {
  footerNav: "Informations légales",
  notice: "Mentions légales",
  privacy: "Confidentialité",
  accessibility: "Accessibilité : partiellement conforme",
  accessibilityTitle: "Déclaration d'accessibilité",
}

export type LegalDictionary = typeof legalFr

export const legalEn: LegalDictionary = {
  footerNav: "Legal information",
  notice: "Legal notice",
  privacy: "Privacy",
  accessibility: "Accessibility: partially compliant",
  accessibilityTitle: "Accessibility statement",
}
