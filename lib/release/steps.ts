import { spawn } from "node:child_process";

/** A step of a release that failed: its name (what the person is told) and why. */
export class StepError extends Error {
  constructor(
    readonly step: string,
    readonly reason: string,
  ) {
    super(`${step} failed: ${reason}`);
    this.name = "StepError";
  }
}

/** Runs one step; any error becomes a StepError that names it. */
export async function step<T>(name: string, report: (line: string) => void, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  report(`• ${new Date().toISOString().slice(11, 19)} ${name}…`);
  try {
    const result = await work();
    report(`  ${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } catch (error) {
    if (error instanceof StepError) throw error;
    throw new StepError(name, error instanceof Error ? error.message : String(error));
  }
}

/**
 * Runs a command, keeping what it printed. On failure the error carries the lines that say why:
 * every `file:line` finding (content check, type errors) and the last lines of the output.
 */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; input?: NodeJS.ReadableStream },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [options.input ? "pipe" : "ignore", "pipe", "pipe"],
    });
    if (options.input && child.stdin) options.input.pipe(child.stdin);
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-512 * 1024);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) return resolve(output);
      reject(new Error(`\`${[command, ...args].join(" ")}\` exited with ${code ?? signal}\n${whyItFailed(output)}`));
    });
  });
}

/** The findings (lines naming a file and line) and the last lines, without repeating any. */
export function whyItFailed(output: string, tail = 25): string {
  const lines = output.split("\n").map((line) => line.trimEnd());
  const findings = lines.filter((line) => /[\w./-]+\.(mdx?|ya?ml|tsx?|mjs|css|json):\d+/.test(line));
  const last = lines.filter((line) => line.trim() !== "").slice(-tail);
  const shown = [...new Set([...findings.slice(0, 40), ...last])];
  return shown.map((line) => `    ${line}`).join("\n");
}
