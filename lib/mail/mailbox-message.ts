import type { AddressObject, HeaderValue } from "mailparser";
import { readMailboxFile } from "./mailbox";

/** One message of the embedded mailbox as a person reads it: decoded headers and both parts. */
export type MailboxMessage = {
  headers: [name: string, value: string][];
  text: string | null;
  /** The HTML part as sent; show it only in a sandboxed frame (see htmlPreviewDocument). */
  html: string | null;
  source: string;
};

function headerText(value: HeaderValue): string {
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => headerText(item as HeaderValue)).join(", ");
  if ("text" in value) return (value as AddressObject).text;
  if ("value" in value) {
    const params = Object.entries(value.params ?? {}).map(([name, param]) => `; ${name}=${param}`);
    return `${value.value}${params.join("")}`;
  }
  return JSON.stringify(value);
}

/**
 * Reads and decodes a mailbox file (quoted-printable, encoded words, multipart) with mailparser.
 * Development only, and a devDependency: loaded on demand, so production never needs it.
 */
export async function readMailboxMessage(dataDir: string, name: string): Promise<MailboxMessage | null> {
  const source = await readMailboxFile(dataDir, name);
  if (source === null) return null;
  const { simpleParser } = await import("mailparser");
  const parsed = await simpleParser(source, { skipImageLinks: true, skipTextToHtml: true });
  return {
    headers: [...parsed.headers].map(([key, value]) => [key, headerText(value)]),
    text: parsed.text ?? null,
    html: parsed.html || null,
    source,
  };
}

/**
 * The HTML part as a document for <iframe sandbox srcdoc>: the sandbox (no allow-* tokens) runs
 * no script, submits no form and cannot navigate the page; the policy below also loads nothing
 * (no remote images, fonts or styles), as a careful mail client would.
 */
export function htmlPreviewDocument(html: string): string {
  const policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
  return `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}">${html}`;
}
