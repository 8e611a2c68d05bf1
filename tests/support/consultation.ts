import Database from "better-sqlite3";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

/** What a person fills in; labels as shown on the form. */
export type Person = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  contactMethod: "Phone call" | "Text message" | "Email";
  bestTime: "Morning" | "Afternoon" | "Evening" | "Any time";
};

/** A canary: unusual enough that finding it in a log can only mean the log leaked it. */
export const person: Person = {
  firstName: "Quillon",
  lastName: "Zarethwick-Núñez",
  email: "quillon.zarethwick@canary.example",
  phone: "(916) 555-0199",
  contactMethod: "Text message",
  bestTime: "Evening",
};

export const clinicPhoneDisplay = "(916) 555-0142";
export const referencePattern = /^SM-[A-Z2-9]{6}$/;

const tempDirs: string[] = [];

export function tempDataDir(label: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `consult-e2e-${label}-`));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDataDirs() {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The form's controls, found the way a person (or a screen reader) finds them: by label. */
export function form(page: Page) {
  return {
    firstName: page.getByLabel("First name"),
    lastName: page.getByLabel("Last name"),
    // "Email" is also a contact-method option: ask for the text box by its exact name.
    email: page.getByRole("textbox", { name: "Email", exact: true }),
    phone: page.getByRole("textbox", { name: "Phone", exact: true }),
    contactMethod: page.getByRole("radiogroup", {
      name: "Preferred contact method",
    }),
    bestTime: page.getByLabel("Best time to reach you"),
    consent: page.getByLabel(/^I agree/),
    submit: page.getByRole("button", { name: "Request consultation" }),
  };
}

/** Opens the form and returns when it was rendered, for the minimum fill time. */
export async function openForm(page: Page, baseUrl: string): Promise<number> {
  await page.goto(`${baseUrl}/consultation`);
  const renderedAt = Date.now();
  await expect(form(page).submit).toBeVisible();
  return renderedAt;
}

export async function fillForm(page: Page, values: Partial<Person> = {}, consent = true) {
  const v = { ...person, ...values };
  const f = form(page);
  await f.firstName.fill(v.firstName);
  await f.lastName.fill(v.lastName);
  await f.email.fill(v.email);
  await f.phone.fill(v.phone);
  await f.contactMethod.getByRole("radio", { name: v.contactMethod, exact: true }).check();
  await f.bestTime.selectOption({ label: v.bestTime });
  if (consent) await f.consent.check();
}

/** Waits until `minFillMs` have passed since the form was rendered: people are not that fast. */
export async function waitOutFillTime(renderedAt: number, minFillMs: number) {
  const left = renderedAt + minFillMs + 100 - Date.now();
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
}

export async function confirmationReference(page: Page): Promise<string> {
  await expect(page.getByRole("heading", { name: "Thank you" })).toBeVisible();
  const reference = (await page.getByTestId("consultation-reference").textContent()) ?? "";
  expect(reference).toMatch(referencePattern);
  return reference;
}

export type OutboxRow = {
  reference: string;
  status: string;
  attempts: number;
  payload: string | null;
};

/** The outbox as stored on disk, read directly (read-only) from the server's DATA_DIR. */
export function outboxRows(dataDir: string): OutboxRow[] {
  const file = path.join(dataDir, "consultations.db");
  if (!existsSync(file)) return [];
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare("SELECT reference, status, attempts, payload FROM consultation_outbox ORDER BY id")
      .all() as OutboxRow[];
  } catch {
    return [];
  } finally {
    db.close();
  }
}

export async function until<T>(probe: () => T | Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Sends a captured form POST again from a chosen local address (127.0.0.2 is as local as
 * 127.0.0.1 on Linux): how a test can be a different client, or a client lying in headers.
 */
export function postFrom(
  url: string,
  request: { body: Buffer; contentType: string },
  localAddress: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: "POST",
        localAddress,
        headers: {
          "content-type": request.contentType,
          origin: target.origin,
          ...headers,
        },
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    outgoing.on("error", reject);
    outgoing.end(request.body);
  });
}
