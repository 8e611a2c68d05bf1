/**
 * `npm run bench:consult [-- --count=200 --rate=20 --rebuild]`: consultation requests posted like
 * a browser without JavaScript, at a fixed rate, against next start with a local SMTP server;
 * then what was accepted, stored, delivered, duplicated or lost, the latencies and the server's
 * memory. The environment passes through (DATABASE_URL, FORM_MIN_FILL_MS, OUTBOX_*, …).
 * See bench/README.md.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { sampleRss, sleep } from "./lib/proc.mjs";
import { budget, MB, option, percentile, printBudgets, printMachine, printTable, writeResult } from "./lib/report.mjs";
import { preparedSite, startNext } from "./lib/site.mjs";

const count = Number(option("count", 200));
const rate = Number(option("rate", 20));
const deliveryWaitMs = Number(option("wait", 60)) * 1000;
const minFillMs = Number(process.env.FORM_MIN_FILL_MS || 3000);
const referencePattern = /SM-[A-Z2-9]{6}/;

printMachine();
const dir = await preparedSite({ rebuild: option("rebuild", false) });

const smtp = await startSmtp();
const dataDir = mkdtempSync(path.join(process.env.BENCH_TMPDIR || os.tmpdir(), "shamynds-bench-consult-data-"));
const serverEnv = {
  DATA_DIR: dataDir,
  SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
  SMTP_INSECURE: "1",
  // All requests come from 127.0.0.1: the per-client limit must not be what we measure.
  CONSULT_RATE_LIMIT: process.env.CONSULT_RATE_LIMIT || "1000/1m",
};
console.log(
  `Store: ${process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `SQLite in ${dataDir}`} · SMTP 127.0.0.1:${smtp.port} · ` +
    `${count} requests at ${rate}/s · minimum fill time ${minFillMs} ms`,
);

let server;
let result;
try {
  server = await startNext(dir, { env: serverEnv, readyPath: "/consultation" });
  const memory = sampleRss(server.pid, { tree: true, intervalMs: 100 });
  const idleRss = memory.peak;
  result = await submitAll(server.url);
  // Wait for the outbox to hand every stored request to the SMTP server.
  const deadline = performance.now() + deliveryWaitMs;
  const accepted = new Set(result.submissions.filter((s) => s.reference).map((s) => s.reference));
  while (performance.now() < deadline && [...accepted].some((reference) => !smtp.firstArrival.has(reference))) {
    await sleep(250);
  }
  await sleep(1000); // late duplicates show up here, if any
  const { peakBytes } = memory.stop();
  result.rss = { idleBytes: idleRss, peakBytes };
  result.stored = storedReferences(dir, { ...process.env, ...serverEnv });
} finally {
  await server?.stop();
  await new Promise((resolve) => smtp.server.close(resolve));
  if (!option("keep-data", false)) rmSync(dataDir, { recursive: true, force: true });
}

const { submissions, stored, rss, formLoad } = result;
const accepted = submissions.filter((s) => s.reference);
const acceptedRefs = new Set(accepted.map((s) => s.reference));
const storedRefs = new Set(stored.references);
const sent = new Map([...smtp.firstArrival].filter(([reference]) => acceptedRefs.has(reference)));
const duplicateEmails = smtp.messages.length - smtp.firstArrival.size;
const duplicateRefs = accepted.length - acceptedRefs.size;
const notStored = [...acceptedRefs].filter((reference) => stored.available && !storedRefs.has(reference));
const lost = [...acceptedRefs].filter((reference) => !sent.has(reference));
const confirmMs = accepted.map((s) => s.confirmMs).sort((a, b) => a - b);
const smtpMs = accepted
  .filter((s) => sent.has(s.reference))
  .map((s) => sent.get(s.reference) - s.postedAt)
  .sort((a, b) => a - b);
const outcomes = {};
for (const s of submissions) outcomes[s.outcome] = (outcomes[s.outcome] ?? 0) + 1;
const span = (submissions.at(-1).postedAt - submissions[0].postedAt) / 1000;

printTable(`Consultation form: ${count} no-JS posts at ${rate}/s (achieved ${round((count - 1) / span)}/s)`, [
  {
    sent: submissions.length,
    accepted: accepted.length,
    stored: stored.available ? acceptedRefs.size - notStored.length : null,
    delivered: sent.size,
    duplicates: duplicateEmails + duplicateRefs,
    lost: lost.length,
    "confirm p50 ms": round(percentile(confirmMs, 50)),
    "confirm p99 ms": round(percentile(confirmMs, 99)),
    "smtp p50 ms": round(percentile(smtpMs, 50)),
    "smtp p99 ms": round(percentile(smtpMs, 99)),
    "RSS idle MB": MB(rss.idleBytes),
    "RSS peak MB": MB(rss.peakBytes),
  },
]);
printTable(
  "Responses",
  Object.entries(outcomes).map(([outcome, n]) => ({ outcome, requests: n })),
);
console.log(
  `\n(Loading the form beforehand, 4 at a time: p50 ${round(formLoad.p50)} ms, p99 ${round(formLoad.p99)} ms.)`,
);
if (!stored.available) console.log(`\n(stored: not counted — ${stored.error})`);

const budgets = [
  budget("lost (accepted but never delivered)", lost.length, { atMost: 0 }),
  budget("duplicates (emails or references)", duplicateEmails + duplicateRefs, { atMost: 0 }),
  budget("accepted (of requests sent)", accepted.length, { atLeast: count }),
];
if (stored.available) budgets.push(budget("accepted but not stored", notStored.length, { atMost: 0 }));
printBudgets(budgets);

writeResult("consult", {
  method:
    "First GET /consultation count times (4 at a time) and parse each <form> (hidden inputs incl. $ACTION_* and the signed token); " +
    "once the newest token is older than the minimum fill time, POST them open-loop at a fixed rate as multipart/form-data to the " +
    "form's action with Origin set and no JavaScript " +
    "headers. Accepted = 200/303 with 'Thank you' and an SM- reference. Stored = the app's own outbox listing (npm run outbox -- list, " +
    "or the SQLite file). Delivered = the reference seen in a message accepted by the local SMTP server. Latencies from the POST.",
  count,
  rate,
  achievedRate: (count - 1) / span,
  store: process.env.DATABASE_URL ? "postgres" : "sqlite",
  accepted: accepted.length,
  stored: stored.available ? acceptedRefs.size - notStored.length : null,
  delivered: sent.size,
  duplicateEmails,
  duplicateReferences: duplicateRefs,
  lost,
  notStored,
  outcomes,
  formLoadMs: formLoad,
  latencyMs: {
    confirmation: { p50: percentile(confirmMs, 50), p99: percentile(confirmMs, 99), max: confirmMs.at(-1) ?? null },
    smtpAcceptance: { p50: percentile(smtpMs, 50), p99: percentile(smtpMs, 99), max: smtpMs.at(-1) ?? null },
  },
  rss,
  budgets,
});
process.exitCode = budgets.every((line) => line.result === "PASS") ? 0 : 1;

function round(value) {
  return value == null ? null : Math.round(value * 10) / 10;
}

/**
 * Phase 1 loads the form `count` times (4 at a time), as the people about to send it would.
 * Phase 2, once the newest token is older than the minimum fill time, posts them open-loop:
 * request i at start + i/rate, whatever happened to the ones before.
 */
async function submitAll(origin) {
  const forms = [];
  let next = 0;
  const loadForms = async () => {
    while (next < count) {
      const i = next++;
      const started = performance.now();
      try {
        const page = await fetch(`${origin}/consultation`, {
          headers: { accept: "text/html", "accept-encoding": "gzip" },
        });
        const form = parseForm(await page.text());
        // The form page is static; its signed "form shown" token comes as a cookie (lib/consultation/started-cookie.ts).
        if (form)
          form.cookie = page.headers
            .getSetCookie()
            .map((header) => header.split(";")[0])
            .join("; ");
        forms[i] = { form, status: page.status, getMs: performance.now() - started };
      } catch (error) {
        forms[i] = { form: null, status: `error ${error.cause?.code ?? error.name}`, getMs: null };
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, loadForms));
  // The server refuses tokens younger than the minimum fill time (a bot's speed): wait it out.
  const newest = Math.max(...forms.map(({ form }) => tokenIssuedAt(form)));
  await sleep(Math.max(0, newest + minFillMs + 200 - Date.now()));

  const interval = 1000 / rate;
  const start = performance.now() + 50;
  const submissions = await Promise.all(forms.map((loaded, i) => submitOne(origin, i, loaded, start + i * interval)));
  const getMs = forms
    .map((loaded) => loaded.getMs)
    .filter((ms) => ms != null)
    .sort((a, b) => a - b);
  return { submissions, formLoad: { p50: percentile(getMs, 50), p99: percentile(getMs, 99) } };
}

function tokenIssuedAt(form) {
  const token = form?.fields.get("formToken") || /consultation-started=([^;]+)/.exec(form?.cookie ?? "")?.[1] || "";
  return Number(/^v1\.(\d{13})\./.exec(token)?.[1] ?? 0);
}

async function submitOne(origin, i, loaded, postAt) {
  const record = { i, outcome: "not sent", postedAt: postAt, confirmMs: null, reference: null };
  const { form } = loaded;
  if (!form) {
    record.outcome = `GET ${loaded.status}: no form`;
    return record;
  }
  try {
    await sleepUntil(postAt);
    const body = new FormData();
    for (const [name, value] of form.fields) body.append(name, value);
    for (const [name, value] of Object.entries(samplePerson(i))) body.set(name, value);
    for (const [name, value] of form.checkboxes) if (name === "consent") body.set(name, value);

    const target = new URL(form.action || "/consultation", `${origin}/consultation`);
    record.postedAt = performance.now();
    const response = await fetch(target, {
      method: "POST",
      body,
      redirect: "manual",
      headers: {
        origin,
        accept: "text/html",
        "accept-encoding": "gzip",
        ...(form.cookie ? { cookie: form.cookie } : {}),
      },
    });
    const text = await response.text();
    record.confirmMs = performance.now() - record.postedAt;
    record.status = response.status;
    const reference =
      /data-testid="consultation-reference"[^>]*>\s*(SM-[A-Z2-9]{6})/.exec(text)?.[1] ??
      referencePattern.exec(text)?.[0];
    if ((response.status === 200 || response.status === 303) && /Thank you/.test(text) && reference) {
      record.outcome = "accepted";
      record.reference = reference;
    } else {
      record.outcome = `${response.status} ${classify(text)}`;
    }
  } catch (error) {
    record.outcome = `error ${error.cause?.code ?? error.name}`;
    record.error = String(error.message).slice(0, 200);
  }
  return record;
}

function classify(html) {
  if (/too many|rate.?limit/i.test(html)) return "rate limited";
  if (/please call|unavailable/i.test(html)) return "unavailable";
  if (/expired|send (it )?again/i.test(html)) return "expired";
  if (/aria-invalid="true"/.test(html)) return "invalid";
  return "other";
}

async function sleepUntil(time) {
  const wait = time - performance.now();
  if (wait > 0) await sleep(wait);
}

function samplePerson(i) {
  const methods = ["phone", "text", "email"];
  return {
    firstName: `Bench${i}`,
    lastName: "Tester",
    email: `bench${i}@example.test`,
    phone: `(916) 555-${String(1000 + (i % 9000)).padStart(4, "0")}`,
    contactMethod: methods[i % methods.length],
    bestTime: "any",
    homepage: "",
  };
}

function decode(value) {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function attributes(tag) {
  const found = {};
  for (const match of tag.matchAll(/([^\s=/>]+)(?:="([^"]*)")?/g))
    found[match[1].toLowerCase()] = decode(match[2] ?? "");
  return found;
}

/**
 * The consultation <form> as a browser without JavaScript would submit it: its action and every
 * named input it carries (React renders server actions for no-JS posts as hidden $ACTION_* inputs).
 */
function parseForm(html) {
  const forms = [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)].map((match) => match[0]);
  const form = forms.find((markup) => markup.includes('name="formToken"'));
  if (!form) return null;
  const action = attributes(/<form\b[^>]*>/.exec(form)[0]).action ?? "";
  const fields = new Map();
  const checkboxes = new Map();
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const input = attributes(tag);
    if (!input.name) continue;
    const type = (input.type ?? "text").toLowerCase();
    if (type === "checkbox") checkboxes.set(input.name, input.value || "on");
    else if (type === "radio") continue;
    else if (type !== "submit") fields.set(input.name, input.value ?? "");
  }
  return { action: action.startsWith("javascript:") ? "" : action, fields, checkboxes };
}

/** smtp-server on a free port of 127.0.0.1 recording when each reference was accepted. */
async function startSmtp() {
  const messages = [];
  const firstArrival = new Map();
  const instance = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on("data", (chunk) => chunks.push(chunk));
      stream.on("end", () => {
        const acceptedAt = performance.now();
        callback();
        simpleParser(Buffer.concat(chunks))
          .then((parsed) => {
            const reference = referencePattern.exec(parsed.subject ?? "")?.[0] ?? null;
            messages.push({ reference, acceptedAt });
            if (reference && !firstArrival.has(reference)) firstArrival.set(reference, acceptedAt);
          })
          .catch(() => messages.push({ reference: null, acceptedAt }));
      });
    },
  });
  const port = await new Promise((resolve, reject) => {
    instance.server.once("error", reject);
    instance.listen(0, "127.0.0.1", () => resolve(instance.server.address().port));
  });
  return { server: instance, port, messages, firstArrival };
}

/**
 * References the app says it stored: its own CLI (`npm run outbox -- list`, whichever store the
 * environment selects), else the SQLite file directly.
 */
function storedReferences(cwd, env) {
  try {
    const output = execFileSync("npm", ["run", "--silent", "outbox", "--", "list", String(count * 10)], {
      cwd,
      env,
      encoding: "utf8",
      timeout: 60_000,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const references = [...output.matchAll(/^(SM-[A-Z2-9]{6})\s/gm)].map((match) => match[1]);
    return { available: true, source: "npm run outbox -- list", references };
  } catch (error) {
    const file = path.join(dataDir, "consultations.db");
    if (!env.DATABASE_URL && existsSync(file)) {
      try {
        const Database = createRequire(path.join(cwd, "package.json"))("better-sqlite3");
        const db = new Database(file, { readonly: true, fileMustExist: true });
        const rows = db.prepare("SELECT reference FROM consultation_outbox").all();
        db.close();
        return { available: true, source: "sqlite", references: rows.map((row) => row.reference) };
      } catch (sqliteError) {
        return {
          available: false,
          error: `outbox CLI: ${error.message.split("\n")[0]}; sqlite: ${sqliteError.message}`,
        };
      }
    }
    return { available: false, error: `outbox CLI failed: ${error.message.split("\n")[0]}` };
  }
}
