import { describe, expect, it } from "vitest"
import { parseEnv } from "./env"

describe("parseEnv", () => {
  it("gives safe local defaults", () => {
    const env = parseEnv({})
    expect(env.DATABASE_URL).toBe("postgres://postgres@localhost:5432/enjoy")
    expect(env.REDIS_URL).toBeUndefined()
    expect(env.JWT_SECRET).toBeTruthy()
    expect(env.ADMIN_DISABLED).toBe(false)
  })

  it("treats empty optional values as unset", () => {
    const env = parseEnv({ REDIS_URL: "", MEILISEARCH_HOST: " " })
    expect(env.REDIS_URL).toBeUndefined()
    expect(env.MEILISEARCH_HOST).toBeUndefined()
  })

  it("refuses to start in production without secrets, naming them", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/JWT_SECRET[\s\S]*COOKIE_SECRET/)
    const env = parseEnv({ NODE_ENV: "production", JWT_SECRET: "a", COOKIE_SECRET: "b" })
    expect(env.JWT_SECRET).toBe("a")
  })

  it("hashes passwords at Medusa's cost unless told, and never cheaper in production", () => {
    expect(parseEnv({}).AUTH_PASSWORD_HASH_LOG_N).toBe(15)
    expect(parseEnv({ AUTH_PASSWORD_HASH_LOG_N: "10" }).AUTH_PASSWORD_HASH_LOG_N).toBe(10)
    expect(() => parseEnv({ AUTH_PASSWORD_HASH_LOG_N: "9" })).toThrow(/AUTH_PASSWORD_HASH_LOG_N/)
    expect(() =>
      parseEnv({ NODE_ENV: "production", JWT_SECRET: "a", COOKIE_SECRET: "b", AUTH_PASSWORD_HASH_LOG_N: "12" })
    ).toThrow(/AUTH_PASSWORD_HASH_LOG_N: must be at least 15 in production/)
  })

  it("sends e-mails over SMTP only when given an smtp:// or smtps:// address", () => {
    expect(parseEnv({}).SMTP_URL).toBeUndefined()
    expect(parseEnv({ SMTP_URL: " " }).SMTP_URL).toBeUndefined()
    expect(parseEnv({ SMTP_URL: "smtp://user:pass@mail.example:587" }).SMTP_URL).toBe("smtp://user:pass@mail.example:587")
    expect(parseEnv({}).MAIL_FROM).toMatch(/^Enjoy </)
    expect(() => parseEnv({ SMTP_URL: "http://mail.example" })).toThrow(/SMTP_URL: must start with smtp:\/\/ or smtps:\/\//)
  })

  it("keeps files on disk unless a bucket is set, and then asks for its keys and public address", () => {
    expect(parseEnv({}).S3_BUCKET).toBeUndefined()
    expect(() => parseEnv({ S3_BUCKET: "photos" })).toThrow(/S3_ACCESS_KEY_ID[\s\S]*S3_SECRET_ACCESS_KEY[\s\S]*S3_PUBLIC_URL/)
    const env = parseEnv({
      S3_BUCKET: "photos",
      S3_ENDPOINT: "http://127.0.0.1:4569",
      S3_ACCESS_KEY_ID: "id",
      S3_SECRET_ACCESS_KEY: "secret",
      S3_PUBLIC_URL: "http://127.0.0.1:4569/photos",
      S3_FORCE_PATH_STYLE: "true",
    })
    expect([env.S3_REGION, env.S3_FORCE_PATH_STYLE]).toEqual(["eu-west-3", true])
    expect(() => parseEnv({ S3_ENDPOINT: "pas une adresse" })).toThrow(/S3_ENDPOINT/)
  })

  it("names a malformed variable", () => {
    expect(() => parseEnv({ REDIS_URL: "not a url" })).toThrow(/REDIS_URL/)
  })
})
