/**
 * Runs tasks that depend on one another, `concurrency` at a time: a task starts as soon as its
 * dependencies are done and a slot is free, earliest-listed first. A failure is kept and reported at
 * the end; the tasks that depend on it do not run. Resolves to the failures ({ id, error }).
 *
 * @param {{ id: string, deps?: string[], run: () => Promise<unknown> }[]} tasks
 */
export async function runTaskGraph(tasks, concurrency = 2) {
  const byId = new Map(tasks.map((t) => [t.id, t]))
  for (const task of tasks) {
    for (const dep of task.deps ?? []) {
      if (!byId.has(dep)) throw new Error(`Task ${task.id} depends on unknown task ${dep}`)
    }
  }
  const state = new Map(tasks.map((t) => [t.id, "waiting"]))
  const failures = []
  let running = 0
  return new Promise((resolve) => {
    const pump = () => {
      for (const task of tasks) {
        if (running >= concurrency) break
        if (state.get(task.id) !== "waiting") continue
        const deps = (task.deps ?? []).map((d) => state.get(d))
        if (deps.some((s) => s === "failed" || s === "skipped")) {
          state.set(task.id, "skipped")
          continue
        }
        if (deps.some((s) => s !== "done")) continue
        state.set(task.id, "running")
        running++
        Promise.resolve()
          .then(task.run)
          .then(
            () => state.set(task.id, "done"),
            (error) => {
              state.set(task.id, "failed")
              failures.push({ id: task.id, error })
            }
          )
          .finally(() => {
            running--
            pump()
          })
      }
      // Skipping may free more tasks to skip; stop once nothing runs and nothing can start.
      if (running === 0) {
        const waiting = tasks.filter((t) => state.get(t.id) === "waiting")
        if (waiting.some((t) => (t.deps ?? []).some((d) => ["failed", "skipped"].includes(state.get(d))))) return pump()
        if (waiting.length) {
          failures.push({ id: "cycle", error: new Error(`Dependency cycle among ${waiting.map((t) => t.id).join(", ")}`) })
        }
        resolve(failures)
      }
    }
    pump()
  })
}
