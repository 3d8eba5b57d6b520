import { describe, expect, it } from "vitest"
import { pathParamProblem } from "./path-params"

describe("path parameters", () => {
  it("takes ids, handles, resources and tag codes of the right shape only", () => {
    expect(pathParamProblem("id", "sel_01M8J1W80W23MCS472AF2HARR6")).toBeNull()
    expect(pathParamProblem("reservation_id", "resa_01M8J1W80W23MCS472AF2HARR6")).toBeNull()
    expect(pathParamProblem("handle", "boulangerie-du-pile")).toBeNull()
    expect(pathParamProblem("resource", "establishments.geojson")).toBeNull()
    expect(pathParamProblem("code", "K7QM3T")).toBeNull()
    expect(pathParamProblem("id", "-1")).toBe("id : identifiant invalide")
    expect(pathParamProblem("id", "sel_01m8j1w80w23mcs472af2harr6")).toBe("id : identifiant invalide")
    expect(pathParamProblem("product_id", "../../package.json")).toBe("product_id : identifiant invalide")
    expect(pathParamProblem("handle", "Boulangerie du Pile")).toBe("handle : mots en minuscules séparés par des tirets attendus")
    expect(pathParamProblem("slug", "a".repeat(121))).toMatch(/^slug : /)
    expect(pathParamProblem("resource", "establishments.json.csv")).toBe("resource : ressource inconnue")
  })
})
