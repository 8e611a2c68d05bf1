/**
 * A worker thread of content:check (lib/content/check-runner.ts): analyzes the files it is sent
 * and posts back their facts. Only the text checks run here; nothing is shared between files.
 * Bundled to plain JavaScript before it runs; check-worker.mjs runs it through tsx instead
 * when the bundle cannot be written.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { CheckTask } from "./check-runner";
import { analyzeFile } from "./entry-check";

export { analyzeFile };

// Only in a thread started for this (imported elsewhere, e.g. in a test runner's thread, it only exports).
if ((workerData as { contentCheckWorker?: boolean } | undefined)?.contentCheckWorker) {
  parentPort?.on("message", (tasks: CheckTask[]) => {
    parentPort?.postMessage(tasks.map((task) => analyzeFile(task.source, task.file, task.collection, task.glossary)));
  });
}
