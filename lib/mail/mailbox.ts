import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * The embedded mailbox used when SMTP_URL is unset: each message is one .eml file in
 * $DATA_DIR/mailbox/, readable with any mail client or at /dev/mailbox in development.
 */
export function mailboxDir(dataDir: string): string {
  return path.join(dataDir, "mailbox");
}

const fileNamePattern = /^[A-Za-z0-9_.-]+\.eml$/;

export async function writeMailboxFile(dataDir: string, reference: string, message: Buffer): Promise<string> {
  const dir = mailboxDir(dataDir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const name = `${stamp}-${reference}.eml`;
  // Write then rename, so a reader never sees half a message.
  const temporary = path.join(dir, `.${name}.${randomBytes(4).toString("hex")}.tmp`);
  await writeFile(temporary, message, { mode: 0o600 });
  await rename(temporary, path.join(dir, name));
  return name;
}

export type MailboxEntry = { name: string; modifiedAt: Date; subject: string };

export async function listMailbox(dataDir: string): Promise<MailboxEntry[]> {
  const dir = mailboxDir(dataDir);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => fileNamePattern.test(name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const entries = await Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name);
      const [info, source] = await Promise.all([stat(file), readFile(file, "utf8")]);
      return {
        name,
        modifiedAt: info.mtime,
        subject: /^Subject: (.*)$/m.exec(source)?.[1] ?? "(no subject)",
      };
    }),
  );
  return entries.sort((a, b) => b.modifiedAt.getTime() - a.modifiedAt.getTime());
}

/** The raw message, or null for a name that is not a mailbox file (no path tricks). */
export async function readMailboxFile(dataDir: string, name: string): Promise<string | null> {
  if (!fileNamePattern.test(name)) return null;
  try {
    return await readFile(path.join(mailboxDir(dataDir), name), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
