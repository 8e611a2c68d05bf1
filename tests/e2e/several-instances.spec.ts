import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { removeTempDataDirs, tempDataDir, until } from "../support/consultation";
import { startNextServer, type NextServer } from "../support/next-server";
import { formBody, loadForm, samplePerson, submitForm, type NoJsForm } from "../support/no-js-form";
import { postgresSkipReason, tempSchema, testDatabaseUrl, type TempSchema } from "../support/postgres";
import { TestSmtpServer } from "../support/smtp";

/**
 * Several `next start` instances sharing one PostgreSQL database (DATABASE_URL) and nothing else:
 * each has its own DATA_DIR, as separate machines or serverless functions would. Forms are sent
 * over HTTP the way a browser without JavaScript sends them (tests/support/no-js-form.ts): 60
 * through a browser would take minutes. Each test uses a fresh schema of TEST_DATABASE_URL.
 */
// Without TEST_DATABASE_URL, the unit tests' one summary line names this spec too (tests/support/postgres-notice.ts).
test.skip(!testDatabaseUrl, postgresSkipReason);
test.describe.configure({ mode: "serial" });

const root = path.resolve(import.meta.dirname, "../..");
const formSecret = "e2e-several-instances-form-secret";
const cronSecret = "e2e-several-instances-cron-secret";

let smtp: TestSmtpServer;
const schemas: TempSchema[] = [];
const servers: NextServer[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function start(env: Record<string, string>, port?: number): Promise<NextServer> {
  const server = await startNextServer(env, port);
  servers.push(server);
  return server;
}

async function freshSchema(label: string): Promise<TempSchema> {
  const schema = await tempSchema(label);
  schemas.push(schema);
  return schema;
}

function instanceEnv(schema: TempSchema, extra: Record<string, string> = {}) {
  return {
    DATABASE_URL: schema.url,
    FORM_SECRET: formSecret,
    DATA_DIR: tempDataDir("instance"),
    SMTP_URL: smtp.url,
    FORM_MIN_FILL_MS: "0",
    OUTBOX_RETRY_BASE_S: "0.2",
    OUTBOX_RETRY_MAX_S: "1",
    // A dead instance's claims go back to the others after 20 s. The send timeout is half the
    // lease: shorter, a slow answer on a busy machine would be cut off after the server already
    // had the message, and the retry would deliver it twice.
    OUTBOX_LEASE_S: "20",
    ...extra,
  };
}

/** Reference codes in the subjects of the messages the SMTP server accepted. */
function deliveredReferences(): string[] {
  return smtp.messages.map((mail) => /SM-[A-Z2-9]{6}/.exec(mail.parsed.subject ?? "")?.[0] ?? "?");
}

type OutboxRow = {
  reference: string;
  status: string;
  attempts: number;
  lease_owner: string | null;
};

const outboxRows = (schema: TempSchema) =>
  schema.query<OutboxRow>("SELECT reference, status, attempts, lease_owner FROM consultation_outbox ORDER BY id");

test.beforeAll(async () => {
  smtp = await TestSmtpServer.start();
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await smtp?.stop();
  for (const schema of schemas) await schema.drop().catch(() => undefined);
  removeTempDataDirs();
});

test("60 requests over three instances, one killed (SIGKILL) and restarted meanwhile: all 60 delivered, none twice", async () => {
  test.setTimeout(150_000);
  const began = Date.now();
  const schema = await freshSchema("instances");
  const envs = [0, 1, 2].map(() => instanceEnv(schema, { CONSULT_RATE_LIMIT: "1000/1m" }));
  const instances = await Promise.all(envs.map((env) => start(env)));
  for (const instance of instances) {
    const health = await fetch(`${instance.url}/api/health`);
    expect(await health.json()).toMatchObject({
      status: "ok",
      store: "postgres",
    });
  }
  // Without CRON_SECRET the drain endpoint does not exist.
  expect((await fetch(`${instances[0]!.url}/api/outbox/drain`, { method: "POST" })).status).toBe(404);

  const total = 60;
  const references: (string | undefined)[] = Array(total);
  let clientRetries = 0;
  let victimClaims: string[] = [];
  let victimPid = 0;
  let killedAt = 0;

  // A load balancer's view: send to the next instance when one does not answer. A form sent
  // again is the same form (same token), so an instance that stored it before dying gives the
  // same reference instead of a second request.
  let restarted: NextServer | undefined;
  let markRestarted = () => {};
  const restartDone = new Promise<void>((resolve) => (markRestarted = resolve));

  async function send(i: number) {
    // The last quarter goes out once the killed instance is back, so it takes requests again.
    if (i >= 45) await restartDone;
    let form: NoJsForm | undefined;
    for (let attempt = 0; !form; attempt++) {
      try {
        form = await loadForm(instances[(i + attempt) % 3]!.url);
      } catch (error) {
        if (attempt > 20) throw error;
        await sleep(100);
      }
    }
    const body = await formBody(form, samplePerson(i));
    for (let attempt = 0; ; attempt++) {
      // Rendered by one instance, posted to another: they must share the form key.
      const target = instances[(i + 1 + attempt) % 3]!;
      try {
        const sent = await submitForm(target.url, form, body);
        if (sent.reference) return (references[i] = sent.reference);
        throw new Error(`${sent.status} ${sent.outcome}`);
      } catch (error) {
        if (attempt > 20) throw error;
        clientRetries++;
        await sleep(100);
      }
    }
  }

  let next = 0;
  const clients = Array.from({ length: 6 }, async () => {
    while (next < total) await send(next++);
  });

  // Meanwhile: kill the second instance while it holds claims, then restart it. The SMTP server
  // holds new senders at MAIL FROM for that moment, and the kill waits until no message is
  // between DATA and its answer: the victim dies owning rows of which the mail server has not
  // received a byte. (A sender killed between the server's "250 OK" and its own database update
  // would send that message again after its lease: the at-least-once case no outbox can close,
  // and why every message has a stable Message-ID.)
  const chaos = (async () => {
    await until(
      () => references.filter(Boolean).length,
      (n) => n >= 15,
      60_000,
    );
    const victim = instances[1]!;
    victimPid = victim.pid;
    smtp.hold();
    const claims = await until(
      async () =>
        (await outboxRows(schema)).filter(
          (row) => row.status === "sending" && row.lease_owner?.split(":")[1] === String(victim.pid),
        ),
      (rows) => rows.length > 0 && smtp.receiving === 0 && Date.now() - smtp.lastAnsweredAt > 300,
      20_000,
    );
    await victim.kill();
    killedAt = Date.now();
    victimClaims = claims.map((row) => row.reference);
    smtp.release();
    await sleep(1000);
    restarted = await start(envs[1]!, victim.port);
    instances[1] = restarted;
    markRestarted();
  })();

  await Promise.all([...clients, chaos]);
  const accepted = references.filter((r): r is string => Boolean(r));
  expect(accepted).toHaveLength(total);
  expect(new Set(accepted).size).toBe(total);
  expect(victimClaims.length).toBeGreaterThan(0);

  await smtp.waitForMessages(total, 60_000);
  // Every instance keeps polling: give a duplicate every chance to show up.
  await sleep(3000);
  const delivered = deliveredReferences();
  const messageIds = smtp.messages.map((mail) => mail.parsed.messageId);
  const duplicates = delivered.length - new Set(delivered).size;
  const elapsed = (Date.now() - began) / 1000;

  const twice = delivered.filter((r, i) => delivered.indexOf(r) !== i);
  const rowsNow = await outboxRows(schema);
  const story = twice.map((reference) =>
    [
      `${reference}: ${JSON.stringify(rowsNow.find((row) => row.reference === reference))}`,
      `  received at ${smtp.messages
        .filter((mail) => mail.parsed.subject?.includes(reference))
        .map((mail) => `+${((mail.receivedAt - began) / 1000).toFixed(2)} s`)
        .join(", ")}; killed at +${((killedAt - began) / 1000).toFixed(2)} s; victim held ${victimClaims.join(" ")}`,
      ...servers.flatMap((server) =>
        server
          .output()
          .split("\n")
          .filter((line) => line.includes(reference))
          .map((line) => `  [pid ${server.pid}${server.pid === victimPid ? " victim" : ""}] ${line}`),
      ),
    ].join("\n"),
  );
  expect(story.join("\n"), "messages delivered twice").toBe("");
  expect(new Set(messageIds).size).toBe(smtp.messages.length);
  expect(duplicates).toBe(0);
  expect(delivered.length).toBe(total);
  expect([...delivered].sort()).toEqual([...accepted].sort());

  const rows = await outboxRows(schema);
  expect(rows).toHaveLength(total);
  expect(rows.every((row) => row.status === "sent")).toBe(true);
  // What the victim held when it died went out later from another instance, on a new attempt.
  for (const reference of victimClaims) {
    expect(rows.find((row) => row.reference === reference)?.attempts).toBeGreaterThanOrEqual(2);
  }
  const survivorsOutput = servers
    .filter((server) => server.pid !== victimPid)
    .map((server) => server.output())
    .join("\n");
  expect(survivorsOutput).toMatch(new RegExp(`${victimClaims[0]} sent \\(attempt [2-9]\\)`));

  // The restarted instance took requests again (and its loop runs with the others').
  expect(restarted!.output()).toMatch(/SM-[A-Z2-9]{6} stored/);

  const figures = `${total} accepted, ${delivered.length} delivered, ${duplicates} duplicates, ${new Set(messageIds).size} distinct Message-IDs; ${victimClaims.length} claim(s) held by the killed instance taken over after the lease; ${clientRetries} client resend(s); killed at +${((killedAt - began) / 1000).toFixed(1)} s; ${elapsed.toFixed(1)} s in all`;
  console.log(`several instances: ${figures}`);
  test.info().annotations.push({ type: "figures", description: figures });
  // Free the CPU for the next tests.
  await Promise.all(instances.map((instance) => instance.stop()));
});

test.describe("three instances with a small rate limit and CRON_SECRET", () => {
  let schema: TempSchema;
  let instances: NextServer[];

  test("requests from one client spread over the instances are limited as one", async () => {
    test.setTimeout(90_000);
    smtp.messages.length = 0;
    schema = await freshSchema("limits");
    instances = await Promise.all(
      [0, 1, 2].map(() =>
        start(
          instanceEnv(schema, {
            CONSULT_RATE_LIMIT: "3/10m",
            CRON_SECRET: cronSecret,
            // Retries an hour away: only the drain endpoint (next test) sends them sooner.
            OUTBOX_RETRY_BASE_S: "3600",
            OUTBOX_RETRY_MAX_S: "3600",
          }),
        ),
      ),
    );
    const outcomes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const form = await loadForm(instances[i % 3]!.url);
      const body = await formBody(form, samplePerson(100 + i));
      const sent = await submitForm(instances[(i + 1) % 3]!.url, form, body, "127.0.0.3");
      outcomes.push(sent.outcome);
    }
    expect(outcomes).toEqual(["accepted", "accepted", "accepted", "rate limited", "rate limited"]);
    // Another client has a budget of its own, on any instance.
    const form = await loadForm(instances[2]!.url);
    const other = await submitForm(instances[0]!.url, form, await formBody(form, samplePerson(200)), "127.0.0.4");
    expect(other.outcome).toBe("accepted");
    await smtp.waitForMessages(4);
    await until(
      () => outboxRows(schema),
      (rows) => rows.length === 4 && rows.every((row) => row.status === "sent"),
    );
  });

  test("POST/GET /api/outbox/drain: 401 without the secret; with it, due requests are delivered and counted", async () => {
    test.setTimeout(90_000);
    // Where no process lives on between requests, nothing retries on its own: one instance left.
    await instances[1]!.stop();
    await instances[2]!.stop();
    const drainUrl = `${instances[0]!.url}/api/outbox/drain`;
    expect((await fetch(drainUrl)).status).toBe(401);
    const wrong = await fetch(drainUrl, {
      method: "POST",
      headers: { authorization: `Bearer ${cronSecret}x` },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toBe("Bearer");
    const authorized = { authorization: `Bearer ${cronSecret}` };
    const idle = await fetch(drainUrl, { method: "POST", headers: authorized });
    expect(await idle.json()).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
      waiting: 0,
    });

    // The mail server refuses a fresh request once (451): its next attempt is an hour away.
    smtp.messages.length = 0;
    smtp.rejectNext = 1;
    const form = await loadForm(instances[0]!.url);
    const accepted = await submitForm(instances[0]!.url, form, await formBody(form, samplePerson(300)), "127.0.0.5");
    const reference = accepted.reference!;
    expect(reference).toMatch(/^SM-/);
    await until(
      async () => (await outboxRows(schema)).find((row) => row.reference === reference),
      (row) => row?.status === "pending" && row.attempts === 1,
    );
    const waiting = await fetch(drainUrl, { headers: authorized });
    expect(await waiting.json()).toMatchObject({ sent: 0, waiting: 1 });

    // The operator makes it due now (the CLI, on the same DATABASE_URL); a cron call sends it.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "scripts/outbox.ts", "retry", reference],
      { cwd: root, env: { ...process.env, DATABASE_URL: schema.url } },
    );
    expect(stdout).toContain(`${reference} queued for another attempt.`);
    // Hold the mail server for a moment: if the instance's own loop claims the row before the
    // cron call arrives, the call joins that drain and reports it all the same.
    smtp.hold();
    const call = fetch(drainUrl, { headers: authorized }); // Vercel cron: GET + Bearer
    await sleep(1500);
    smtp.release();
    const response = await call;
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(await response.json()).toEqual({
      sent: 1,
      retrying: 0,
      failed: 0,
      waiting: 0,
    });
    expect(deliveredReferences()).toEqual([reference]);
    expect((await outboxRows(schema)).find((row) => row.reference === reference)).toMatchObject({
      status: "sent",
      attempts: 1,
    }); // `retry` restarts the count
  });
});
