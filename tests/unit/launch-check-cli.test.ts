import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestSmtpServer } from "@/tests/support/smtp";

const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
const secrets = { PREVIEW_SECRET: "preview-secret-value-0123456789abcdef", CRON_SECRET: "aaaaaaaaaaaaaaaaaaaaaaaa" };

function run(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(tsx, [script, ...args], { env: { ...process.env, NODE_ENV: "test", ...env } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    // "close", not "exit": the process may exit before its last output has been read.
    child.once("close", (status) => resolve({ status, output }));
  });
}

describe("npm run launch:check", () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => (smtp = await TestSmtpServer.start()));
  afterAll(() => smtp.stop());

  it("on today's content: exits 1, lists each problem with its fix, logs in to SMTP without sending, never prints a secret", async () => {
    const { status, output } = await run("scripts/launch-check.ts", [], {
      ...secrets,
      SMTP_URL: smtp.url,
      SITE_URL: "",
    });
    expect(status).toBe(1);
    expect(output).toContain('✗ content/pages/ketamine-therapy.mdx:71  placeholder "PLACEHOLDER: price"');
    expect(output).toContain("✗ SITE_URL=http://localhost:3000: localhost is not a public host name");
    expect(output).toContain("✓ logged in to smtp://127.0.0.1:");
    expect(output).toContain("✗ MAIL_TO=consultations@shamynds.example is an example address");
    expect(output).toContain("✗ CRON_SECRET is 24 characters long; use at least 32");
    expect(output).toContain("✓ PREVIEW_SECRET is set and strong");
    expect(output).toContain('reviewer medical-director is a placeholder ("[PLACEHOLDER] Dr. Jordan Rivera")');
    expect(output).toMatch(/\d+ problems: not ready to launch\./);
    expect(smtp.messages).toHaveLength(0);
    for (const secret of Object.values(secrets)) expect(output).not.toContain(secret);
  }, 60_000);

  it("--send-test sends one message to MAIL_TO", async () => {
    const { output } = await run("scripts/launch-check.ts", ["--send-test"], {
      SMTP_URL: smtp.url,
      MAIL_TO: "frontdesk@shamynds-clinic.org",
    });
    expect(output).toContain("sent a test message to MAIL_TO (frontdesk@shamynds-clinic.org)");
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]?.to).toEqual(["frontdesk@shamynds-clinic.org"]);
  }, 60_000);

  it("a refused login is an error with its fix, and the password is not printed", async () => {
    // The test server offers no AUTH: any login is refused, as a wrong password would be.
    const smtpUrl = smtp.url.replace("smtp://", "smtp://staff:s3cret-pass@");
    const { status, output } = await run("scripts/launch-check.ts", [], { SMTP_URL: smtpUrl });
    expect(status).toBe(1);
    expect(output).toMatch(/✗ smtp:\/\/127\.0\.0\.1:\d+: Invalid login/);
    expect(output).toContain("Fix: check the host, port, user and password in SMTP_URL");
    expect(output).not.toContain("s3cret-pass");
  }, 60_000);
});

describe("the build's placeholder step (npm run build runs it before next build)", () => {
  let copy: string;
  beforeAll(() => {
    copy = mkdtempSync(path.join(os.tmpdir(), "placeholder-build-"));
    cpSync(path.join(process.cwd(), "content"), path.join(copy, "content"), { recursive: true });
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  const step = (siteUrl: string) =>
    spawnSync(tsx, ["scripts/placeholder-check.ts", "--content", path.join(copy, "content")], {
      encoding: "utf8",
      env: { ...process.env, NODE_ENV: "test", SITE_URL: siteUrl },
    });

  it("a local build with placeholders prints one line and goes on", () => {
    const result = step("http://localhost:3000");
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+ placeholders remain — see npm run launch:check$/);
  }, 30_000);

  it("a public build fails on a placeholder, naming file:line, and passes once there is none", () => {
    // Today's content with every placeholder replaced, except one.
    for (const file of ["clinic.yaml"]) {
      const clinic = path.join(copy, "content", file);
      writeFileSync(
        clinic,
        readFileSync(clinic, "utf8")
          .replace(/^.*PLACEHOLDER.*\n/gm, "")
          .replace("(916) 555-0142", "(916) 555-2368")
          .replace("+19165550142", "+19165552368")
          .replace("hello@shamynds.example", "hello@shamynds-clinic.org")
          .replace("1234 Example Street", "1500 Capitol Mall"),
      );
    }
    for (const folder of ["articles", "pages", "team", "es"]) {
      rmSync(path.join(copy, "content", folder), { recursive: true, force: true });
    }
    cpSync(
      path.join(process.cwd(), "content", "articles", "why-does-ketamine-therapy-work.mdx"),
      path.join(copy, "content", "articles", "a.mdx"),
    );
    writeFileSync(
      path.join(copy, "content", "articles", "a.mdx"),
      "---\ntitle: A\n---\n\nLine one.\nPrice: [PLACEHOLDER: price]\n",
    );
    const failed = step("https://www.shamynds-clinic.org");
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/content\/articles\/a\.mdx:6 {2}placeholder "PLACEHOLDER: price"/);
    expect(failed.stderr).toContain(
      "1 placeholders remain, and SITE_URL=https://www.shamynds-clinic.org is a public address",
    );

    writeFileSync(path.join(copy, "content", "articles", "a.mdx"), "---\ntitle: A\n---\n\nLine one.\nPrice: $450\n");
    const passed = step("https://www.shamynds-clinic.org");
    expect(passed.status).toBe(0);
    expect(passed.stdout).toContain("No placeholders remain.");
  }, 30_000);
});
