import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { parseEnv } from "./src/env"

loadEnv(process.env.NODE_ENV || "development", process.cwd())
const env = parseEnv(process.env)

/** With REDIS_URL, events, workflows, locking and cache move to Redis so that server and worker share them. */
const redisModules = env.REDIS_URL
  ? [
      { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: env.REDIS_URL } },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl: env.REDIS_URL } },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl: env.REDIS_URL },
            },
          ],
        },
      },
      { key: Modules.CACHE, resolve: "@medusajs/medusa/cache-redis", options: { redisUrl: env.REDIS_URL } },
    ]
  : []

/**
 * Uploaded photos go to S3-compatible object storage when S3_BUCKET is set (Medusa's file-s3 provider;
 * the bucket, or a CDN before it, serves them at S3_PUBLIC_URL), which every backend process shares.
 * Otherwise they are kept on disk in UPLOAD_DIR (./uploads of the backend's directory) and served by our
 * GET /media/:name, images only and never sniffed — not by Express's /static, which would serve any type.
 */
const fileProvider = env.S3_BUCKET
  ? {
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        bucket: env.S3_BUCKET,
        region: env.S3_REGION,
        endpoint: env.S3_ENDPOINT,
        access_key_id: env.S3_ACCESS_KEY_ID,
        secret_access_key: env.S3_SECRET_ACCESS_KEY,
        file_url: env.S3_PUBLIC_URL!.replace(/\/+$/, ""),
        // Every object is a vitrine photo: public, and never changed under its name.
        cache_control: "public, max-age=31536000, immutable",
        additional_client_config: { forcePathStyle: env.S3_FORCE_PATH_STYLE ?? !!env.S3_ENDPOINT },
      },
    }
  : {
      resolve: "@medusajs/medusa/file-local",
      id: "local",
      options: { upload_dir: env.UPLOAD_DIR, backend_url: `${env.BACKEND_URL}/media` },
    }

const fileModule = {
  key: Modules.FILE,
  resolve: "@medusajs/medusa/file",
  options: { providers: [fileProvider] },
}

/** Accounts sign in with e-mail and password, hashed with scrypt at the configured cost. */
const authModule = {
  key: Modules.AUTH,
  resolve: "@medusajs/medusa/auth",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/auth-emailpass",
        id: "emailpass",
        options: { hashConfig: { logN: env.AUTH_PASSWORD_HASH_LOG_N, r: 8, p: 1 } },
      },
    ],
  },
}

/**
 * E-mails go through the notification module: over SMTP (our nodemailer provider) when SMTP_URL is set,
 * else the local provider logs them. The in-app feed stays on the local provider either way.
 */
const notificationModule = {
  key: Modules.NOTIFICATION,
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      ...(env.SMTP_URL
        ? [
            {
              resolve: "@enjoy/notification-smtp/providers/smtp",
              id: "smtp",
              options: {
                channels: ["email"],
                url: env.SMTP_URL,
                from: env.MAIL_FROM,
                replyTo: env.MAIL_REPLY_TO,
                storefrontUrl: env.STOREFRONT_URL,
              },
            },
          ]
        : []),
      {
        resolve: "@medusajs/medusa/notification-local",
        id: "local",
        options: { name: "Notifications locales (journal)", channels: env.SMTP_URL ? ["feed"] : ["email", "feed"] },
      },
    ],
  },
}

/**
 * Online payment through Stripe when a key is set (provider id pp_stripe_stripe); its webhooks reach
 * POST /hooks/stripe, which checks the signature and completes the marketplace checkout.
 */
const paymentModules = env.STRIPE_API_KEY
  ? [
      {
        key: Modules.PAYMENT,
        resolve: "@medusajs/medusa/payment",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/payment-stripe",
              id: "stripe",
              options: { apiKey: env.STRIPE_API_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET, capture: false },
            },
          ],
        },
      },
    ]
  : []

/**
 * Discovery through Medusa's Search Module: PostgreSQL full-text search in French by default (nothing to install);
 * Meilisearch serves every index when MEILISEARCH_HOST is set, PostgreSQL staying registered so that switching
 * engines drops the old indexes at the next migration.
 */
const searchModule = {
  key: Modules.SEARCH,
  resolve: "@medusajs/medusa/search",
  options: {
    providers: [
      { resolve: "@medusajs/medusa/search-postgres", id: "postgres", options: { engine: "native", language: "french" } },
      ...(env.MEILISEARCH_HOST
        ? [
            {
              resolve: "@enjoy/search-meilisearch/providers/meilisearch",
              id: "meilisearch",
              options: { host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY },
            },
          ]
        : []),
    ],
    default_provider: env.MEILISEARCH_HOST ? "meilisearch" : "search-postgres",
  },
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    databaseSchema: env.DATABASE_SCHEMA,
    redisUrl: env.REDIS_URL,
    workerMode: env.WORKER_MODE,
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
    },
  },
  admin: {
    disable: env.ADMIN_DISABLED || env.WORKER_MODE === "worker",
    backendUrl: env.BACKEND_URL,
  },
  // Plugins in dependency order: commune ← marketplace ← association, marketplace ← deals, all ← territory.
  plugins: [
    { resolve: "@enjoy/commune", options: {} },
    {
      resolve: "@enjoy/marketplace",
      // Online payment: Stripe when configured, simulated in development, none in production without it.
      options: {
        onlinePayment: env.STRIPE_API_KEY ? "stripe" : env.NODE_ENV === "production" ? "none" : "simulated",
        stripeWebhookSecret: env.STRIPE_WEBHOOK_SECRET,
        storefrontUrl: env.STOREFRONT_URL,
        storefrontRevalidation: env.REVALIDATE_SECRET
          ? { url: env.STOREFRONT_INTERNAL_URL ?? env.STOREFRONT_URL, secret: env.REVALIDATE_SECRET }
          : undefined,
      },
    },
    { resolve: "@enjoy/association", options: {} },
    { resolve: "@enjoy/deals", options: {} },
    { resolve: "@enjoy/territory", options: { storefrontUrl: env.STOREFRONT_URL, redisUrl: env.REDIS_URL } },
  ],
  modules: [...redisModules, ...paymentModules, authModule, notificationModule, fileModule, searchModule],
})
