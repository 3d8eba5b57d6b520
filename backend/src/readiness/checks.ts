import type { MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { constants } from "node:fs"
import { access } from "node:fs/promises"
import net from "node:net"
import path from "node:path"
import tls from "node:tls"
import type { Env } from "../env"
import type { CheckResult } from "./report"

const ok: CheckResult = { status: "ok" }

export async function checkDatabase(container: MedusaContainer): Promise<CheckResult> {
  await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw("select 1")
  return ok
}

export async function checkRedis(env: Env): Promise<CheckResult> {
  if (!env.REDIS_URL) return { status: "off", detail: "REDIS_URL absent : événements, verrous et cache en mémoire" }
  const redis = new Redis(env.REDIS_URL, { lazyConnect: true, connectTimeout: 1_500, maxRetriesPerRequest: 0, enableOfflineQueue: false })
  try {
    await redis.connect()
    return (await redis.ping()) === "PONG" ? ok : { status: "degraded", detail: "réponse inattendue à PING" }
  } finally {
    redis.disconnect()
  }
}

/** Every index of the Search Module ready (filled); one still building is a degraded discovery. */
export async function checkSearch(container: MedusaContainer): Promise<CheckResult> {
  const indexes = await container.resolve<SearchTypes.ISearchModuleService>(Modules.SEARCH).listIndexes()
  const waiting = indexes.filter((index) => index.status !== "ready")
  return waiting.length ? { status: "degraded", detail: waiting.map((i) => `${i.name} : ${i.status}`).join(", ") } : ok
}

/** The SMTP server greets (220) on connection: what an e-mail needs first. Nothing is sent. */
export async function checkSmtp(env: Env): Promise<CheckResult> {
  if (!env.SMTP_URL) return { status: "off", detail: "SMTP_URL absent : e-mails écrits dans le journal" }
  const url = new URL(env.SMTP_URL)
  const secure = url.protocol === "smtps:"
  const port = Number(url.port || (secure ? 465 : 587))
  return new Promise((resolve, reject) => {
    const socket = secure ? tls.connect({ host: url.hostname, port, servername: url.hostname }) : net.connect({ host: url.hostname, port })
    socket.once("error", reject)
    socket.once("data", (greeting) => {
      socket.end("QUIT\r\n")
      const line = greeting.toString().split("\r\n")[0]
      resolve(line.startsWith("220") ? ok : { status: "degraded", detail: `le serveur répond « ${line.slice(0, 80)} »` })
    })
  })
}

/** Object storage answers for its bucket, or the local upload folder is writable. */
export async function checkFiles(env: Env): Promise<CheckResult> {
  if (env.S3_BUCKET) {
    const { HeadBucketCommand, S3Client } = await import("@aws-sdk/client-s3")
    const client = new S3Client({
      region: env.S3_REGION,
      endpoint: env.S3_ENDPOINT,
      forcePathStyle: env.S3_FORCE_PATH_STYLE ?? !!env.S3_ENDPOINT,
      credentials: { accessKeyId: env.S3_ACCESS_KEY_ID!, secretAccessKey: env.S3_SECRET_ACCESS_KEY! },
      maxAttempts: 1,
    })
    try {
      await client.send(new HeadBucketCommand({ Bucket: env.S3_BUCKET }))
      return ok
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
      return { status: "degraded", detail: `compartiment ${env.S3_BUCKET} : ${status ? `HTTP ${status}` : (error as Error).message}` }
    } finally {
      client.destroy()
    }
  }
  await access(path.resolve(env.UPLOAD_DIR), constants.W_OK).catch(async (error: NodeJS.ErrnoException) => {
    // Not created yet: the local provider makes it at the first upload, in a parent that must be writable.
    if (error.code !== "ENOENT") throw error
    await access(path.dirname(path.resolve(env.UPLOAD_DIR)), constants.W_OK)
  })
  return ok
}
