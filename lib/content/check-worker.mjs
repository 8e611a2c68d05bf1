// Worker entry of content:check: the checker is TypeScript, run by tsx in the main thread;
// a worker thread starts without tsx's loader, so it registers it before loading the worker.
import { register } from "tsx/esm/api";

register();
await import("./check-worker.ts");
