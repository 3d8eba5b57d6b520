// The stack's object storage: s3rver (an S3-compatible server, npm `s3rver`) on localhost, keeping its
// objects under .data/s3, with the bucket the backend writes photos to. Not started when S3_BUCKET is
// already set: the backend then uses that storage.
import { mkdirSync } from "node:fs"
import path from "node:path"
import { log, ROOT } from "./output.mjs"

const PORT = Number(process.env.S3RVER_PORT ?? 4569)
const BUCKET = "enjoy-photos"

/** Starts s3rver and returns the S3 variables to give the backend (and S3_PUBLIC_URL to the storefront). */
export async function startObjectStore({ port = PORT, directory = path.join(process.env.ENJOY_DATA_DIR ?? path.join(ROOT, ".data"), "s3") } = {}) {
  if (process.env.S3_BUCKET) {
    log("Photos dans le stockage objet configuré (S3_BUCKET).")
    return { env: {}, stop: async () => {} }
  }
  const { default: S3rver } = await import("s3rver")
  mkdirSync(directory, { recursive: true })
  const server = new S3rver({ address: "127.0.0.1", port, directory, silent: true, configureBuckets: [{ name: BUCKET, configs: [] }] })
  await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  return {
    env: {
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: endpoint,
      S3_REGION: "eu-west-3",
      // s3rver's own credentials, which it checks signatures with: nothing secret.
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_PUBLIC_URL: `${endpoint}/${BUCKET}`,
    },
    stop: () => server.close().catch(() => {}),
  }
}
