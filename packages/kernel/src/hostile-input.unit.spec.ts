import { describe, expect, it } from "vitest"
import { fieldPath, findControlCharacter, hasControlCharacter, unreadablePath } from "./hostile-input"

describe("hostile input", () => {
  it("tells control characters from text", () => {
    expect([hasControlCharacter("a\u0000b"), hasControlCharacter("\u001b[31m"), hasControlCharacter("\u007f")]).toEqual([true, true, true])
    expect([hasControlCharacter("ligne\nligne\ttab\r"), hasControlCharacter("Crème brûlée 😀")]).toEqual([false, false])
  })

  it("names the field holding one, however deep", () => {
    expect(findControlCharacter({ q: "pain" })).toBeNull()
    expect(findControlCharacter({ q: "pain\u0000" })).toBe("q")
    expect(findControlCharacter({ items: [{ title: "ok" }, { title: "\u0000" }] })).toBe("items[1].title")
    expect(findControlCharacter({ ["clé\u0000"]: "x" })).toBe("clé\u0000")
    expect(findControlCharacter("\u0000")).toBe("requête")
    let deep: unknown = "\u0000"
    for (let i = 0; i < 100; i++) deep = { a: deep }
    expect(findControlCharacter(deep)).toBeNull()
    expect(fieldPath(["a", 0, "b"])).toBe("a[0].b")
  })

  it("refuses paths that do not decode or decode to control characters", () => {
    expect(unreadablePath("/store/sellers/boulangerie-du-pile")).toBeNull()
    expect(unreadablePath("/store/sellers/cr%C3%A8me")).toBeNull()
    expect(unreadablePath("/store/sellers/%E0%A4%A")).toMatch(/^adresse : encodage invalide/)
    expect(unreadablePath("/t/%")).toMatch(/^adresse : encodage invalide/)
    expect(unreadablePath("/store/sellers/a%00b")).toBe("adresse : caractère de contrôle interdit")
  })
})
