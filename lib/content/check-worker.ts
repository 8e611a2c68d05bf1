/**
 * A worker thread of content:check (lib/content/check.ts): analyzes the files it is sent and
 * posts back their facts. Only the text checks run here; nothing is shared between files.
 */
import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { analyzeFile } from "./entry-check";
import type { CheckTask } from "./check";

parentPort?.on("message", (tasks: CheckTask[]) => {
  parentPort?.postMessage(tasks.map((task) => analyzeFile(task.source ?? readFileSync(task.absolute, "utf8"), task.file, task.kind)));
});
