import { spawn } from "node:child_process"
import { ROOT } from "./output.mjs"

const children = new Set()

/** Runs a command to completion; rejects with its output's tail when it fails. */
export function run(command, args, { cwd = ROOT, env = {}, quiet = true } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    })
    children.add(child)
    let output = ""
    child.stdout?.on("data", (chunk) => (output += chunk))
    child.stderr?.on("data", (chunk) => (output += chunk))
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      children.delete(child)
      if (code === 0) {
        resolve(output)
      } else {
        const tail = output.split("\n").slice(-40).join("\n")
        reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? code}):\n${tail}`))
      }
    })
  })
}

/** Starts a long-running server in its own process group, its output prefixed. */
export function serve(name, command, args, { cwd = ROOT, env = {} } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  children.add(child)
  const prefix = (chunk) =>
    chunk
      .toString()
      .split("\n")
      .filter((line) => line.trim())
      .forEach((line) => console.log(`[${name}] ${line}`))
  child.stdout.on("data", prefix)
  child.stderr.on("data", prefix)
  child.on("exit", () => children.delete(child))
  return child
}

/** Stops every child (and its own children) and waits for them. */
export async function stopAll() {
  const exits = [...children].map(
    (child) =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once("exit", resolve)
        try {
          process.kill(-child.pid, "SIGTERM")
        } catch {
          child.kill("SIGTERM")
        }
        setTimeout(() => {
          try {
            process.kill(-child.pid, "SIGKILL")
          } catch {
            /* already gone */
          }
          resolve()
        }, 10_000).unref()
      })
  )
  await Promise.all(exits)
}

/** Polls a URL until it answers 2xx, or fails after the timeout. */
export async function waitForHttp(url, timeoutMs = 180_000, headers = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { headers })
      if (res.ok) return
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
