import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Collection } from "./content-folders";
import type { FileFacts } from "./context-check";
import type { GlossaryEntry } from "./glossary-schema";
import { projectRoot } from "./paths";

/** A file for the analysis (in this thread or a worker). */
export interface CheckTask {
  file: string;
  collection: Collection;
  source: string;
  /** content/glossary.yaml's entries (the glossary rule reads them; part of the cache key). */
  glossary?: GlossaryEntry[];
}

export interface Checker {
  /**
   * The checker's own version: a hash of its code as bundled (every source file it runs) and of
   * the installed packages (package-lock.json), so a changed rule or parser misses the cache.
   */
  version: string;
  analyze(tasks: CheckTask[], workers: number): Promise<FileFacts[]>;
}

/** Below this many files to analyze, starting workers costs more than it saves. */
const filesPerWorker = 60;
const batchSize = 20;
/**
 * A larger young generation than V8's default: parsing allocates a great deal that dies at once,
 * and fewer scavenges made the cold check about 15% faster on this 2-core machine.
 */
const workerLimits = { maxYoungGenerationSizeMb: 64 };

const workerSource = path.join(import.meta.dirname, "check-worker.ts");

/**
 * The per-file checks (lib/content/check-worker.ts and all it imports from this project) bundled
 * with esbuild into plain JavaScript (packages stay imports), every run (~40 ms). Worker threads
 * then start without a TypeScript loader (tsx needs ~0.5 s per thread), and the bundle's text
 * is the checker's exact version. `cacheDir` is where the bundle is written; when it cannot be,
 * the checks run through tsx as before, only slower.
 */
export async function loadChecker(cacheDir: string): Promise<Checker> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [workerSource],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: path.join(projectRoot, "tsconfig.json"),
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  const hash = createHash("sha256").update(code);
  const lock = path.join(projectRoot, "package-lock.json");
  if (existsSync(lock)) hash.update(readFileSync(lock));
  const version = hash.digest("base64url");
  const bundle = writeBundle(cacheDir, version, code);

  return {
    version,
    async analyze(tasks, requestedWorkers) {
      if (tasks.length === 0) return [];
      const workers = Math.min(requestedWorkers, Math.floor(tasks.length / filesPerWorker));
      if (workers < 2) {
        // Loaded only when needed: a run answered from the cache never loads the Markdown parser.
        const { analyzeFile } = (await import(bundle ? pathToFileURL(bundle).href : "./entry-check")) as typeof import("./entry-check");
        return tasks.map((task) => analyzeFile(task.source, task.file, task.collection, task.glossary));
      }
      return inWorkers(tasks, workers, bundle ? pathToFileURL(bundle) : new URL("./check-worker.mjs", import.meta.url));
    },
  };
}

/** Writes the bundle where bare package imports resolve (under node_modules/); its path, or undefined. */
function writeBundle(cacheDir: string, version: string, code: Uint8Array): string | undefined {
  const file = path.join(cacheDir, `check-worker-${version.slice(0, 16)}.mjs`);
  if (existsSync(file)) return file;
  try {
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, file);
    // Bundles of earlier versions of the checker are never used again.
    for (const name of readdirSync(cacheDir)) {
      if (/^check-worker-.*\.mjs$/.test(name) && name !== path.basename(file)) rmSync(path.join(cacheDir, name), { force: true });
    }
    return file;
  } catch {
    return undefined; // a read-only checkout: the TypeScript sources run through tsx instead
  }
}

async function inWorkers(tasks: CheckTask[], workers: number, entry: URL): Promise<FileFacts[]> {
  const results: FileFacts[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      const worker = new Worker(entry, { resourceLimits: workerLimits, workerData: { contentCheckWorker: true } });
      try {
        while (next < tasks.length) {
          const start = next;
          next += batchSize;
          const done = await new Promise<FileFacts[]>((resolve, reject) => {
            worker.once("message", resolve);
            worker.once("error", reject);
            worker.postMessage(tasks.slice(start, start + batchSize));
          });
          worker.removeAllListeners("error");
          done.forEach((fileFacts, index) => (results[start + index] = fileFacts));
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
  return results;
}
