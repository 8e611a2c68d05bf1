import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { promisify } from "node:util";
import { z } from "zod";
import { errorClass } from "@/lib/log";
import { endSessionsOf } from "./sessions";
import { accountKey, readJson, studioFile, writeJsonAtomic } from "./store";

export { accountKey } from "./store";

/** A problem the person at the keyboard can fix; the message says how. */
export class StaffError extends Error {
  override name = "StaffError";
}

const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: ScryptOptions,
) => Promise<Buffer>;

// scrypt's memory is 128·N·r bytes (32 MiB here); Node refuses at its default maxmem of 32 MiB.
const hashParameters = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const keyLength = 32;
const saltLength = 16;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export const staffNameSchema = z
  .string({ error: "Give the person's name." })
  .transform((name) => name.normalize("NFC").trim().replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .min(2, { error: "A name needs at least 2 characters." })
      .max(60, { error: "A name can have at most 60 characters." })
      // The name becomes a git author: no <, >, @ or line breaks can reach it.
      .regex(/^[\p{L}\p{M} .'-]+$/u, {
        error: "A name can contain only letters, spaces, dots, apostrophes (') and hyphens.",
      })
      .regex(/\p{L}/u, { error: "A name needs at least one letter." }),
  );

const accountSchema = z.object({
  name: z.string(),
  key: z.string(),
  hash: z.string(),
  createdAt: z.string(),
  passwordChangedAt: z.string(),
});
const fileSchema = z.object({ accounts: z.array(accountSchema) });
type Account = z.infer<typeof accountSchema>;

export type StaffListing = Pick<Account, "name" | "createdAt" | "passwordChangedAt">;

/** The tidied display name, or a StaffError saying what is wrong with it. */
export function parseStaffName(name: string): string {
  const parsed = staffNameSchema.safeParse(name);
  if (!parsed.success) throw new StaffError(parsed.error.issues[0]?.message ?? "That name cannot be used.");
  return parsed.data;
}

/** Throws a StaffError when the password is too short or too long. */
export function checkPassword(password: string): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN) {
    throw new StaffError(
      `The password is too short: it needs at least ${PASSWORD_MIN} characters (this one has ${length}). A few unrelated words make a good one.`,
    );
  }
  if (length > PASSWORD_MAX) throw new StaffError(`The password is too long: at most ${PASSWORD_MAX} characters.`);
}

export async function hashPassword(password: string): Promise<string> {
  const { N, r, p } = hashParameters;
  const salt = randomBytes(saltLength);
  const hash = await scrypt(password.normalize("NFC"), salt, keyLength, hashParameters);
  return `scrypt$${N}$${r}$${p}$${salt.toString("base64")}$${hash.toString("base64")}`;
}

/** Reads the parameters from the stored hash, so hashes made with other settings still verify. */
async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  const expected = Buffer.from(hash ?? "", "base64");
  const options = { N: Number(n), r: Number(r), p: Number(p), maxmem: hashParameters.maxmem };
  if (scheme !== "scrypt" || !salt || expected.length < 16 || !Object.values(options).every(Number.isInteger)) {
    throw new Error("An account's password hash is damaged");
  }
  const actual = await scrypt(password.normalize("NFC"), Buffer.from(salt, "base64"), expected.length, options);
  return timingSafeEqual(actual, expected);
}

// Compared against when the name is unknown, so an unknown name costs as much time as a known one.
// Its (all-zero) key matches no password; only its cost matters.
const dummyHash = [
  "scrypt",
  hashParameters.N,
  hashParameters.r,
  hashParameters.p,
  Buffer.alloc(saltLength).toString("base64"),
  Buffer.alloc(keyLength).toString("base64"),
].join("$");

function loadAccounts(dataDir: string): Account[] {
  const file = studioFile(dataDir, "accounts.json");
  let content: unknown;
  try {
    content = readJson(file) ?? { accounts: [] };
  } catch (error) {
    throw new StaffError(`${file} cannot be read (${errorClass(error)}). Nothing was changed.`);
  }
  const parsed = fileSchema.safeParse(content);
  if (!parsed.success) throw new StaffError(`${file} is not a list of accounts. Restore it from a backup.`);
  return parsed.data.accounts;
}

function saveAccounts(dataDir: string, accounts: Account[]): void {
  writeJsonAtomic(studioFile(dataDir, "accounts.json"), { accounts });
}

function findIndex(accounts: Account[], name: string): number {
  const key = accountKey(name);
  return accounts.findIndex((account) => account.key === key);
}

function mustFind(accounts: Account[], name: string): number {
  const index = findIndex(accounts, name);
  if (index === -1) throw new StaffError(`There is no studio account for "${name.trim()}".`);
  return index;
}

export function hasStaff(dataDir: string, name: string): boolean {
  return findIndex(loadAccounts(dataDir), name) !== -1;
}

export async function addStaff(dataDir: string, name: string, password: string): Promise<{ name: string }> {
  const displayName = parseStaffName(name);
  checkPassword(password);
  const hash = await hashPassword(password);
  // Read after hashing: the check and the write then happen together.
  const accounts = loadAccounts(dataDir);
  if (findIndex(accounts, displayName) !== -1) {
    throw new StaffError(`${displayName} already has a studio account. To change the password, use reset.`);
  }
  const now = new Date().toISOString();
  accounts.push({ name: displayName, key: accountKey(displayName), hash, createdAt: now, passwordChangedAt: now });
  saveAccounts(dataDir, accounts);
  return { name: displayName };
}

/** Removes the account and ends that person's sessions at once. */
export function removeStaff(dataDir: string, name: string): { name: string } {
  const accounts = loadAccounts(dataDir);
  const [removed] = accounts.splice(mustFind(accounts, name), 1);
  saveAccounts(dataDir, accounts);
  endSessionsOf(dataDir, name);
  return { name: removed!.name };
}

/** Sets a new password and ends the person's sessions: whoever had the old one is logged out. */
export async function resetPassword(dataDir: string, name: string, password: string): Promise<{ name: string }> {
  checkPassword(password);
  mustFind(loadAccounts(dataDir), name); // fail before the slow hash…
  const hash = await hashPassword(password);
  const accounts = loadAccounts(dataDir); // …and read again after it, so no change made meanwhile is lost
  const account = accounts[mustFind(accounts, name)]!;
  account.hash = hash;
  account.passwordChangedAt = new Date().toISOString();
  saveAccounts(dataDir, accounts);
  endSessionsOf(dataDir, name);
  return { name: account.name };
}

export function listStaff(dataDir: string): StaffListing[] {
  return loadAccounts(dataDir)
    .map(({ name, createdAt, passwordChangedAt }) => ({ name, createdAt, passwordChangedAt }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The account's display name when the password is right, else null. Wrong password and unknown
 * name take the same time and give the same answer.
 */
export async function verifyLogin(dataDir: string, name: string, password: string): Promise<{ name: string } | null> {
  // No account has a password this long (a character is at most two UTF-16 units).
  if (password.length > PASSWORD_MAX * 2) return null;
  const accounts = loadAccounts(dataDir);
  const account = accounts[findIndex(accounts, name)];
  if (!account) {
    await passwordMatches(password, dummyHash);
    return null;
  }
  return (await passwordMatches(password, account.hash)) ? { name: account.name } : null;
}
