import { execFile } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { outboxRows, removeTempDataDirs, tempDataDir, until } from "../support/consultation";
import { startNextServer, type NextServer } from "../support/next-server";
import { formBody, loadForm, samplePerson, submitForm } from "../support/no-js-form";
import { freePort } from "../support/ports";
import { TestSmtpServer } from "../support/smtp";

/**
 * Backing up the SQLite outbox while the site runs (`npm run outbox -- backup <file>`) and
 * restoring it on a fresh machine, as the README describes: nothing waiting is lost, nothing is
 * sent twice.
 */
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const quick = {
  FORM_MIN_FILL_MS: "0",
  OUTBOX_RETRY_BASE_S: "0.2",
  OUTBOX_RETRY_MAX_S: "1",
  CONSULT_RATE_LIMIT: "1000/1m",
  // A row caught mid-attempt by the backup is "sending" in the copy: due again once its lease ends.
  OUTBOX_LEASE_S: "4",
};

const servers: NextServer[] = [];
const smtps: TestSmtpServer[] = [];
test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await Promise.all(smtps.map((smtp) => smtp.stop()));
  removeTempDataDirs();
});

test("requests waiting (SMTP down), backup while the site runs, restore into a fresh DATA_DIR: each is delivered once", async () => {
  test.setTimeout(120_000);
  const smtpPort = await freePort(); // nothing listens here until the restored server starts
  const smtpUrl = `smtp://127.0.0.1:${smtpPort}`;
  const oldDataDir = tempDataDir("backup-old");
  const old = await startNextServer({ ...quick, DATA_DIR: oldDataDir, SMTP_URL: smtpUrl });
  servers.push(old);

  const references: string[] = [];
  for (let i = 0; i < 5; i++) {
    const form = await loadForm(old.url);
    const sent = await submitForm(old.url, form, await formBody(form, samplePerson(i)));
    expect(sent.outcome).toBe("accepted");
    references.push(sent.reference!);
  }
  await until(
    () => outboxRows(oldDataDir),
    (rows) => rows.length === 5 && rows.every((row) => row.status !== "sent" && row.attempts >= 1),
  );

  // The server keeps retrying (and writing) while the backup is taken.
  const backupFile = path.join(tempDataDir("backup-copy"), "outbox-backup.db");
  const { stdout } = await run(process.execPath, ["--import", "tsx", "scripts/outbox.ts", "backup", backupFile], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", DATA_DIR: oldDataDir },
  });
  expect(stdout).toMatch(/Backed up .* \(\d pending, \d sending, 0 sent, 0 failed\)/);
  await old.stop();

  // Restore as the README says: the copy becomes consultations.db in the new DATA_DIR.
  const newDataDir = tempDataDir("backup-new");
  copyFileSync(backupFile, path.join(newDataDir, "consultations.db"));
  expect(existsSync(path.join(newDataDir, "form-secret.key"))).toBe(false);
  const smtp = await TestSmtpServer.start(smtpPort);
  smtps.push(smtp);
  const restored = await startNextServer({ ...quick, DATA_DIR: newDataDir, SMTP_URL: smtpUrl });
  servers.push(restored);

  await smtp.waitForMessages(5);
  await until(
    () => outboxRows(newDataDir),
    (rows) => rows.length === 5 && rows.every((row) => row.status === "sent"),
  );
  // The loop keeps polling; give a duplicate every chance to show up.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  expect(smtp.messages.map((mail) => mail.parsed.subject).sort()).toEqual(
    references.map((reference) => `New consultation request ${reference}`).sort(),
  );
  expect(await (await fetch(`${restored.url}/api/health`)).json()).toMatchObject({
    status: "ok",
    outbox: { pending: 0, failed: 0 },
  });
});
