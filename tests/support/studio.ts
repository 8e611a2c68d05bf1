import { spawn } from "node:child_process";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";

export const staffPassword = "a long studio password 42";

export type Studio = { url: string; output: () => string; stop: () => Promise<void> };

/**
 * `npm run studio` in a checkout, as staff would run it (built there, then served on
 * 127.0.0.1:STUDIO_PORT). Its own process group, so stopping it stops next start's child too.
 */
export async function startStudio(repo: string, env: NodeJS.ProcessEnv, port: number, build = true): Promise<Studio> {
  const child = spawn(process.execPath, ["scripts/studio.mjs", ...(build ? [] : ["--no-build"])], {
    cwd: repo,
    env: { ...env, STUDIO_PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm run studio exited early:\n${output}`);
    const answered = await fetch(`${url}/login`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) break;
    if (Date.now() > deadline) throw new Error(`the studio did not answer within 240 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || !child.pid) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGTERM");
      const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** `npm run staff -- add <name>` with the password on standard input. */
export function addStaff(repo: string, env: NodeJS.ProcessEnv, name: string, password = staffPassword): void {
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/staff.ts", "add", ...name.split(" ")], {
    cwd: repo,
    env,
    input: `${password}\n`,
    stdio: ["pipe", "pipe", "pipe"],
  });
}

export async function logIn(page: Page, studioUrl: string, name: string, password = staffPassword): Promise<void> {
  await page.goto(`${studioUrl}/login`);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByText(`Logged in as ${name}`)).toBeVisible();
}

/**
 * Every file staff can edit, with its editor address and the first text field of its form (for a
 * file that is one list, `item` names the list: the field is in its first entry's dialog).
 */
export function editableEntries(repo: string): EditableEntry[] {
  const collections = [
    ["content/articles", "articles", "Title"],
    ["content/pages", "pages", "Title"],
    ["content/team", "team", "Full name"],
    ["content/es/articles", "articlesEs", "Title"],
    ["content/es/pages", "pagesEs", "Title"],
  ] as const;
  const entries = collections.flatMap(([folder, collection, field]) =>
    existsSync(path.join(repo, folder))
      ? readdirSync(path.join(repo, folder))
          .filter((name) => name.endsWith(".mdx"))
          .map((name) => ({
            file: `${folder}/${name}`,
            address: `/keystatic/collection/${collection}/item/${name.slice(0, -".mdx".length)}`,
            field,
          }))
      : [],
  );
  return [
    ...entries,
    { file: "content/clinic.yaml", address: "/keystatic/singleton/clinic", field: "Clinic name" },
    {
      file: "content/topics.yaml",
      address: "/keystatic/singleton/topics",
      field: "In Spanish",
      item: "Tags",
    },
  ];
}

interface EditableEntry {
  file: string;
  address: string;
  field: string;
  item?: string;
}

/** Clicks Save in Keystatic's editor and waits until the studio answered the save. */
export async function saveInEditor(page: Page): Promise<{ status: number; text: string }> {
  const [response] = await Promise.all([
    page.waitForResponse((response) => response.url().endsWith("/api/keystatic/update")),
    page.getByRole("button", { name: "Save" }).click(),
  ]);
  return { status: response.status(), text: await response.text() };
}

/**
 * Opens a file in the editor and saves it through Keystatic's own writer without changing what
 * it says: a character added to its first field, saved, taken away, saved again.
 */
export async function saveUnchanged(page: Page, studioUrl: string, entry: EditableEntry) {
  await page.goto(`${studioUrl}${entry.address}`);
  const edit = async (key: (field: Locator) => Promise<void>) => {
    // The entry's label changes with its text ("…ketaminax" after the first save): open it by its place.
    if (entry.item) {
      const row = page.getByRole("grid", { name: entry.item }).getByRole("row").first();
      await row.getByText("→").first().click({ timeout: 30_000 });
    }
    const scope = entry.item ? page.getByRole("dialog") : page;
    const field = scope.getByRole("textbox", { name: entry.field, exact: true });
    await expect(field).toBeVisible({ timeout: 30_000 });
    await field.press("End");
    await key(field);
    if (entry.item) await scope.getByRole("button", { name: "Done" }).click({ timeout: 30_000 });
    expect((await saveInEditor(page)).status).toBe(200);
  };
  await edit((field) => field.pressSequentially("x"));
  await edit((field) => field.press("Backspace"));
}

export function gitDiff(repo: string, ...paths: string[]): string {
  return execFileSync("git", ["diff", "--", ...paths], { cwd: repo, encoding: "utf8" });
}
