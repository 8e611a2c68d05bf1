import Database from "better-sqlite3";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { tempOutbox } from "@/tests/support/outbox";
import { openDatabase } from "@/lib/outbox/sqlite";
import { sqliteRateLimiter, type RateLimiter } from "./rate-limit";
import { referencePattern } from "./reference";
import { submitConsultation, type SubmitDeps } from "./submit";
import { issueToken } from "./token";

const key = Buffer.alloc(32, 3);
const t0 = Date.UTC(2026, 10, 26, 18, 0, 0);
const fields = {
  firstName: "Ana",
  lastName: "Pérez",
  email: "ana@example.org",
  phone: "916 555 0142",
  contactMethod: "email",
  bestTime: "morning",
  consent: "yes",
};

function form(values: Record<string, string>, token: string): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  data.set("formToken", token);
  data.set("$ACTION_ID_abc", ""); // what Next adds; must be ignored
  return data;
}

describe("submitConsultation", () => {
  let outbox: ReturnType<typeof tempOutbox>;
  let db: Database.Database;
  let limiter: RateLimiter;
  const logs: string[] = [];

  beforeAll(() => {
    for (const method of ["info", "log", "warn", "error"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logs.push(args.join(" ")));
    }
  });
  afterAll(() => vi.restoreAllMocks());
  beforeEach(() => {
    outbox = tempOutbox();
    db = openDatabase(outbox.file);
    limiter = sqliteRateLimiter(db, {
      points: 2,
      durationSeconds: 600,
      keySecret: key,
    });
  });
  afterEach(async () => {
    db.close();
    await outbox.cleanup();
  });

  const deps = (overrides: Partial<SubmitDeps> = {}): SubmitDeps => ({
    formKey: key,
    minFillMs: 3000,
    now: t0 + 10_000,
    clientAddress: "198.51.100.7",
    services: () => ({ store: outbox.store, limiter }),
    ...overrides,
  });
  const stored = async () => (await outbox.store.stats(t0)).counts.pending;

  it("stores a valid request and returns its reference and the row to deliver", async () => {
    const outcome = await submitConsultation(form(fields, issueToken(key, t0)), 0, deps());
    expect(outcome.state).toEqual({
      status: "success",
      reference: expect.stringMatching(referencePattern),
      contactMethod: "email",
      attempt: 1,
    });
    expect(outcome.deliverId).toEqual(expect.any(Number));
    expect(await stored()).toBe(1);
  });

  it("the same form submitted twice is one request with one reference, delivered once", async () => {
    const token = issueToken(key, t0);
    const first = await submitConsultation(form(fields, token), 0, deps());
    const second = await submitConsultation(form(fields, token), 1, deps({ now: t0 + 11_000 }));
    expect(second.state).toMatchObject({ status: "success" });
    expect(second.state.status === "success" && second.state.reference).toBe(
      first.state.status === "success" && first.state.reference,
    );
    expect(second.deliverId).toBeUndefined();
    expect(await stored()).toBe(1);
  });

  it("returns per-field errors and the values as typed, keeping the original token", async () => {
    const token = issueToken(key, t0);
    const outcome = await submitConsultation(form({ ...fields, email: "not-an-email", consent: "" }, token), 2, deps());
    expect(outcome.state).toMatchObject({
      status: "invalid",
      attempt: 3,
      token,
      values: { ...fields, email: "not-an-email", consent: "" },
      fieldErrors: {
        email: [expect.any(String)],
        consent: [expect.any(String)],
      },
    });
    expect(await stored()).toBe(0);
  });

  it("honeypot: a normal-looking confirmation, nothing stored", async () => {
    const trap = await submitConsultation(
      form({ ...fields, homepage: "http://spam.example" }, issueToken(key, t0)),
      0,
      deps(),
    );
    expect(trap.state).toMatchObject({
      status: "success",
      reference: expect.stringMatching(referencePattern),
    });
    expect(trap.deliverId).toBeUndefined();
    expect(await stored()).toBe(0);
  });

  it("valid but too fast: the form again with every value and no thank-you; the next press is stored however soon", async () => {
    const token = issueToken(key, t0);
    const fast = await submitConsultation(form(fields, token), 0, deps({ now: t0 + 800 }));
    expect(fast.state).toMatchObject({ status: "confirm", values: fields, fieldErrors: {} });
    expect(fast.deliverId).toBeUndefined();
    expect(await stored()).toBe(0);
    const asked = fast.state.status === "confirm" ? fast.state.token! : "";
    expect(asked.startsWith("v2.")).toBe(true);

    // Pressed again 100 ms later: stored, with the same idempotency nonce.
    const again = await submitConsultation(form(fields, asked), 1, deps({ now: t0 + 900 }));
    expect(again.state).toMatchObject({ status: "success", reference: expect.stringMatching(referencePattern) });
    expect(again.deliverId).toBeDefined();
    expect(await stored()).toBe(1);
    expect(token.split(".")[2]).toBe(asked.split(".")[2]);
  });

  it("a too-fast submission with missing fields shows the errors (a person pressed Enter early), nothing stored", async () => {
    const token = issueToken(key, t0);
    const early = await submitConsultation(form({ firstName: "Ana" }, token), 0, deps({ now: t0 + 1200 }));
    expect(early.state).toMatchObject({ status: "invalid", token, fieldErrors: { lastName: [expect.any(String)] } });
    expect(await stored()).toBe(0);
  });

  it("an expired or forged token asks the person to send again, with a fresh token that works at once", async () => {
    const old = issueToken(key, t0 - 25 * 3600 * 1000);
    const outcome = await submitConsultation(form(fields, old), 0, deps());
    expect(outcome.state).toMatchObject({ status: "expired", values: fields });
    expect(await stored()).toBe(0);
    const fresh = outcome.state.status === "expired" ? outcome.state.token! : "";
    expect(fresh).not.toBe(old);
    const again = await submitConsultation(form(fields, fresh), 1, deps({ now: t0 + 10_500 }));
    expect(again.state.status).toBe("success");
    const forged = await submitConsultation(form(fields, "v1.1.2.3"), 0, deps());
    expect(forged.state.status).toBe("expired");
  });

  it("rate limit: the budget is per client address; over it, nothing is stored", async () => {
    for (let i = 0; i < 2; i++) {
      expect((await submitConsultation(form(fields, issueToken(key, t0)), 0, deps())).state.status).toBe("success");
    }
    const limited = await submitConsultation(form(fields, issueToken(key, t0)), 0, deps());
    expect(limited.state).toMatchObject({
      status: "rate_limited",
      values: fields,
    });
    const elsewhere = await submitConsultation(
      form(fields, issueToken(key, t0)),
      0,
      deps({ clientAddress: "203.0.113.1" }),
    );
    expect(elsewhere.state.status).toBe("success");
    expect(await stored()).toBe(3);
    // The limiter's table holds keyed hashes, never the address itself.
    const keys = db.prepare("SELECT key FROM consultation_rate_limit").all() as { key: string }[];
    expect(keys.some((row) => row.key.includes("198.51.100.7"))).toBe(false);
  });

  it("a store that cannot write means 'call us', never a false Thank you", async () => {
    const broken = await submitConsultation(
      form(fields, issueToken(key, t0)),
      0,
      deps({
        services: () => {
          throw Object.assign(new Error("unable to open database file /data/ana@example.org"), {
            code: "SQLITE_CANTOPEN",
          });
        },
      }),
    );
    expect(broken.state).toMatchObject({
      status: "unavailable",
      values: fields,
    });
    expect(logs.join("\n")).toContain("SQLITE_CANTOPEN");
  });

  it("never logs what the person typed", async () => {
    logs.length = 0;
    await submitConsultation(form({ ...fields, firstName: "Zelphine" }, issueToken(key, t0)), 0, deps());
    await submitConsultation(form({ ...fields, firstName: "Zelphine", email: "bad" }, issueToken(key, t0)), 0, deps());
    await submitConsultation(form({ ...fields, firstName: "Zelphine", homepage: "x" }, issueToken(key, t0)), 0, deps());
    const all = logs.join("\n");
    expect(all).toMatch(/SM-[A-Z2-9]{6} stored/);
    for (const secret of ["Zelphine", "Pérez", "ana@example.org", "555"]) expect(all).not.toContain(secret);
  });
});
