/**
 * The one environment every integration file boots the backend with, so no
 * file needs an app of its own just to change a variable. Each vitest worker
 * (VITEST_POOL_ID) gets its own storefront stand-in port: files run in
 * parallel. Each backend listens on a free port Medusa's runner picks.
 * The fixed ports below stay under 32768: Linux gives outgoing connections local ports from 32768 to
 * 60999, and one of them holding a server's port made its listen fail at random.
 */
const worker = Number(process.env.VITEST_POOL_ID ?? 1)

/** Where the backend's links point (password resets, tags' redirects): never fetched. */
export const STOREFRONT_URL = "https://vitrine.enjoy.test"
/** A stand-in for the storefront's /api/revalidate listens here (suites/storefront-revalidation.ts). */
export const STOREFRONT_STAND_IN_PORT = 26_100 + worker
/** A real SMTP server listens here in each test file's process (helpers/mailbox.ts): every e-mail leaves over SMTP. */
export const SMTP_PORT = 26_300 + worker
/** An S3-compatible server (s3rver) listens here for the files that keep theirs on object storage (helpers/object-storage.ts). */
export const S3_PORT = 26_400 + worker
export const S3_BUCKET = "enjoy-photos"
/** The files that boot with object storage: S3 variables as production sets them, pointing at s3rver. */
export const OBJECT_STORAGE_ENVIRONMENT: Record<string, string> = {
  S3_BUCKET,
  S3_ENDPOINT: `http://127.0.0.1:${S3_PORT}`,
  S3_REGION: "eu-west-3",
  // s3rver's own credentials: it checks the requests' signatures with them.
  S3_ACCESS_KEY_ID: "S3RVER",
  S3_SECRET_ACCESS_KEY: "S3RVER",
  S3_PUBLIC_URL: `http://127.0.0.1:${S3_PORT}/${S3_BUCKET}`,
}
export const REVALIDATE_SECRET = "revalidate-secret-for-integration-tests"
export const STRIPE_WEBHOOK_SECRET = "whsec_enjoy_integration_tests_only"

export const TEST_ENVIRONMENT: Record<string, string> = {
  STOREFRONT_URL,
  STOREFRONT_INTERNAL_URL: `http://127.0.0.1:${STOREFRONT_STAND_IN_PORT}`,
  REVALIDATE_SECRET,
  SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
  MAIL_FROM: "Enjoy <ne-pas-repondre@enjoy.test>",
  STRIPE_WEBHOOK_SECRET,
  // Short enough for the sign-in throttling test to see a window end.
  AUTH_WINDOW_SECONDS: "10",
  // Hundreds of accounts register and sign in: a cheaper hash (32 times) than production's.
  AUTH_PASSWORD_HASH_LOG_N: "10",
}
