import { z } from "@medusajs/framework/zod"

/**
 * The one place where the backend reads its environment. Everything has a
 * safe local default except the secrets in production, which must be set.
 */
const DEV_SECRET = "enjoy-local-development-only"

const optionalUrl = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .pipe(z.string().url().optional())
  .optional()

const optionalText = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .optional()

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.string().url().default("postgres://postgres@localhost:5432/enjoy"),
    DATABASE_SCHEMA: z.string().default("public"),
    REDIS_URL: optionalUrl,
    WORKER_MODE: z.enum(["shared", "worker", "server"]).default("shared"),
    PORT: z.coerce.number().int().positive().default(9000),
    STORE_CORS: z.string().default("http://localhost:8000"),
    ADMIN_CORS: z.string().default("http://localhost:9000,http://localhost:5173"),
    AUTH_CORS: z.string().default("http://localhost:8000,http://localhost:9000,http://localhost:5173"),
    JWT_SECRET: optionalText,
    COOKIE_SECRET: optionalText,
    ADMIN_DISABLED: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
    BACKEND_URL: z.string().url().default("http://localhost:9000"),
    MEILISEARCH_HOST: optionalUrl,
    MEILISEARCH_API_KEY: optionalText,
    /** E-mails leave over SMTP when set (`smtp://user:pass@host:587`, `smtps://…:465`); logged otherwise. */
    SMTP_URL: z
      .string()
      .trim()
      .transform((v) => v || undefined)
      .pipe(
        z
          .string()
          .url()
          .refine((v) => /^smtps?:\/\//.test(v), "must start with smtp:// or smtps://")
          .optional()
      )
      .optional(),
    MAIL_FROM: z.string().trim().min(3).default("Enjoy <ne-pas-repondre@enjoy.localhost>"),
    MAIL_REPLY_TO: optionalText,
    STRIPE_API_KEY: optionalText,
    STRIPE_WEBHOOK_SECRET: optionalText,
    /** The storefront to notify when the catalogue changes (its /api/revalidate); off without a secret. */
    STOREFRONT_URL: z.string().url().default("http://localhost:8000"),
    REVALIDATE_SECRET: optionalText,
    /** Where the backend reaches the storefront when that differs from its public address (docker compose). */
    STOREFRONT_INTERNAL_URL: optionalUrl,
    /**
     * Files (vitrine photos) go to S3-compatible object storage when S3_BUCKET is set, through Medusa's
     * file-s3 provider; S3_PUBLIC_URL is where the bucket's objects are read (a CDN, or the endpoint and bucket).
     */
    S3_BUCKET: optionalText,
    S3_ENDPOINT: optionalUrl,
    S3_REGION: z.string().trim().min(1).default("eu-west-3"),
    S3_ACCESS_KEY_ID: optionalText,
    S3_SECRET_ACCESS_KEY: optionalText,
    S3_PUBLIC_URL: optionalUrl,
    /** Buckets addressed as endpoint/bucket (MinIO, s3rver, Garage…) rather than bucket.endpoint (AWS). */
    S3_FORCE_PATH_STYLE: z
      .enum(["true", "false"])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === "true")),
    /** Where the local file provider keeps uploads (served by GET /media/:name); not Express's /static. */
    UPLOAD_DIR: z.string().trim().min(1).default("uploads"),
    /** Failed sign-ins, registrations or reset requests allowed per account, and per client address, per window. */
    AUTH_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(10_000).default(10),
    AUTH_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(100),
    AUTH_WINDOW_SECONDS: z.coerce.number().int().min(1).max(24 * 3600).default(15 * 60),
    /**
     * Cost of the scrypt hash of passwords (2^N iterations; Medusa's default is 15). Test runs lower it, since
     * they register and sign in hundreds of accounts; production may not go below the default.
     */
    AUTH_PASSWORD_HASH_LOG_N: z.coerce.number().int().min(10).max(20).default(15),
  })
  .superRefine((env, ctx) => {
    if (env.S3_BUCKET) {
      for (const key of ["S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_PUBLIC_URL"] as const) {
        if (!env[key]) {
          ctx.addIssue({ code: "custom", path: [key], message: "must be set with S3_BUCKET" })
        }
      }
    }
    if (env.NODE_ENV !== "production") {
      return
    }
    if (env.AUTH_PASSWORD_HASH_LOG_N < 15) {
      ctx.addIssue({ code: "custom", path: ["AUTH_PASSWORD_HASH_LOG_N"], message: "must be at least 15 in production" })
    }
    for (const key of ["JWT_SECRET", "COOKIE_SECRET"] as const) {
      if (!env[key]) {
        ctx.addIssue({ code: "custom", path: [key], message: "must be set in production" })
      }
    }
  })
  .transform((env) => ({
    ...env,
    JWT_SECRET: env.JWT_SECRET ?? DEV_SECRET,
    COOKIE_SECRET: env.COOKIE_SECRET ?? DEV_SECRET,
  }))

export type Env = z.infer<typeof EnvSchema>

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const parsed = EnvSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`)
      .join("\n")
    throw new Error(`Invalid environment for the Enjoy backend:\n${problems}`)
  }
  return parsed.data
}
