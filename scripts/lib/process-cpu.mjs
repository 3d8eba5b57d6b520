// CPU time of a process and all its descendants, read from Linux's /proc (utime + stime of each):
// what a benchmark uses to say which process its load kept busy. Zero where /proc is not there.
import { readdirSync, readFileSync } from "node:fs"

const TICKS_PER_SECOND = 100

/** [pid, ppid, cpu seconds] of one /proc/<pid>/stat line (the command may hold spaces and parentheses). */
export function parseStat(line) {
  const fields = line.slice(line.lastIndexOf(")") + 2).split(" ")
  const pid = Number(line.slice(0, line.indexOf(" ")))
  return [pid, Number(fields[1]), (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND]
}

function processes() {
  try {
    return readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .flatMap((pid) => {
        try {
          return [parseStat(readFileSync(`/proc/${pid}/stat`, "utf8"))]
        } catch {
          return []
        }
      })
  } catch {
    return []
  }
}

/** The CPU seconds used so far by `root` and its descendants. */
export function treeCpuSeconds(root) {
  const all = processes()
  const tree = new Set([root])
  for (let grew = true; grew; ) {
    grew = false
    for (const [pid, ppid] of all) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid)
        grew = true
      }
    }
  }
  return all.filter(([pid]) => tree.has(pid)).reduce((sum, [, , cpu]) => sum + cpu, 0)
}
