import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

/**
 * The studio's two files (accounts.json, sessions.json) in <dataDir>/studio/. Only the server's
 * user may read them: the directory is 0700, the files 0600. Reads and writes are synchronous on
 * purpose: a read-modify-write then happens within one tick, so two requests in the same process
 * cannot interleave and lose each other's change.
 */
export function studioFile(dataDir: string, name: "accounts.json" | "sessions.json"): string {
  return path.join(path.resolve(dataDir), "studio", name);
}

/** The file's parsed JSON, or undefined when there is no file yet. Throws on unreadable JSON. */
export function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  return JSON.parse(text);
}

/**
 * Writes the whole file under a temporary name, flushes it and renames it into place, so a reader
 * (or a crash) never sees half a file.
 */
export function writeJsonAtomic(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    const fd = openSync(temporary, "wx", 0o600);
    try {
      writeSync(fd, `${JSON.stringify(value, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * The login identifier for a display name: "  Maria   LOPEZ " and "maria lopez" are one person.
 * NFC first, so an accent typed as one character or as letter + mark gives the same key.
 */
export function accountKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}
