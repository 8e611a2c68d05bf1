// @ts-check
import { createHmac, randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The site's one secret, and the keys derived from it for each purpose. Plain JavaScript so that
 * next.config.mjs can derive the server-action key at build time without a TypeScript loader.
 *
 * The form key: FORM_SECRET when set (derived, so the raw secret is never used for two
 * purposes); otherwise a random key kept in DATA_DIR, so every server process and every release
 * sharing that directory accepts the forms the others rendered.
 * @param {{ secret?: string, dataDir: string }} options
 * @returns {Buffer}
 */
export function loadFormKey({ secret, dataDir }) {
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
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(temporary);
  }
  const key = readKey(file);
  if (!key) throw new Error(`Unreadable form key in ${file}`);
  return key;
}

/**
 * The key Next.js uses for server actions (NEXT_SERVER_ACTIONS_ENCRYPTION_KEY): it salts the
 * actions' ids. Random per build by default, which made every release reject the forms the
 * previous one had rendered (HTTP 409). Derived from the form key, every build of the site (any
 * folder, any commit) gives the consultation action the same id, and the key is never stored
 * or printed anywhere else. Base64 of 32 bytes (AES-256), the form Next.js expects.
 * @param {Buffer} formKey
 * @returns {string}
 */
export function serverActionsKey(formKey) {
  return createHmac("sha256", formKey).update("shamynds next.js server actions").digest("base64");
}

/**
 * @param {string} file
 * @returns {Buffer | undefined}
 */
function readKey(file) {
  try {
    const key = Buffer.from(readFileSync(file, "utf8").trim(), "base64url");
    return key.length >= 32 ? key : undefined;
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === "ENOENT") return undefined;
    throw error;
  }
}
