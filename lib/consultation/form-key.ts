import { createHmac, randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The HMAC key for form tokens. FORM_SECRET when set (derived, so the raw secret is never used
 * for two purposes); otherwise a random key kept in DATA_DIR, so every server process sharing
 * that directory accepts the forms the others rendered.
 */
export function loadFormKey({ secret, dataDir }: { secret?: string; dataDir: string }): Buffer {
  if (secret) return createHmac("sha256", secret).update("shamynds consultation form tokens").digest();
  const file = path.join(dataDir, "form-secret.key");
  const existing = readKey(file);
  if (existing) return existing;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Write a complete file under a temporary name, then link it into place: link() fails if
  // another process won the race, and nobody can ever read a half-written key.
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(temporary, randomBytes(32).toString("base64url"), {
    mode: 0o600,
  });
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(temporary);
  }
  const key = readKey(file);
  if (!key) throw new Error(`Unreadable form key in ${file}`);
  return key;
}

function readKey(file: string): Buffer | undefined {
  try {
    const key = Buffer.from(readFileSync(file, "utf8").trim(), "base64url");
    return key.length >= 32 ? key : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
