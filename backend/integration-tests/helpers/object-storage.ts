import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from "@aws-sdk/client-s3"
import { mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import S3rver from "s3rver"
import { afterAll, beforeAll } from "vitest"
import { OBJECT_STORAGE_ENVIRONMENT as S3, S3_BUCKET, S3_PORT } from "../setup/environment"

let server: S3rver | undefined
let directory: string | undefined

/**
 * A real S3-compatible server (the `s3rver` package) in the test file's process, on its own directory,
 * with the bucket the backend is configured with (OBJECT_STORAGE_ENVIRONMENT). Open before the backend
 * boots, closed after it stops.
 */
export function openObjectStorage() {
  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), "enjoy-s3-"))
    server = new S3rver({ address: "127.0.0.1", port: S3_PORT, directory, silent: true, configureBuckets: [{ name: S3_BUCKET, configs: [] }] })
    await server.run()
  })
  afterAll(async () => {
    await server?.close()
    if (directory) rmSync(directory, { recursive: true, force: true })
  })
}

const client = () =>
  new S3Client({
    endpoint: S3.S3_ENDPOINT,
    region: S3.S3_REGION,
    forcePathStyle: true,
    credentials: { accessKeyId: S3.S3_ACCESS_KEY_ID, secretAccessKey: S3.S3_SECRET_ACCESS_KEY },
  })

/** The bucket as the tests read it, through the S3 API rather than through the backend. */
export const bucket = {
  keys: async (): Promise<string[]> =>
    ((await client().send(new ListObjectsV2Command({ Bucket: S3_BUCKET }))).Contents ?? []).map((o) => o.Key!),
  bytes: async (key: string): Promise<Buffer> => {
    const object = await client().send(new GetObjectCommand({ Bucket: S3_BUCKET, Key: key }))
    return Buffer.from(await object.Body!.transformToByteArray())
  },
  /** Empties and removes the bucket: every write then fails with NoSuchBucket, as a refusing store would. */
  remove: async () => {
    const keys = await bucket.keys()
    if (keys.length) {
      await client().send(new DeleteObjectsCommand({ Bucket: S3_BUCKET, Delete: { Objects: keys.map((Key) => ({ Key })) } }))
    }
    await client().send(new DeleteBucketCommand({ Bucket: S3_BUCKET }))
  },
  restore: () => client().send(new CreateBucketCommand({ Bucket: S3_BUCKET })),
}
