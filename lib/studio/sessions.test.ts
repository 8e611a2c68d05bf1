import { mkdtempSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import {
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  clearedSessionCookie,
  createSession,
  endSession,
  endSessionsOf,
  readSession,
  sessionCookie,
} from "./sessions";

const tempDataDir = () => mkdtempSync(path.join(tmpdir(), "studio-sessions-"));
const minute = 60 * 1000;
const start = Date.parse("2026-12-07T09:00:00Z");
const sessionsFile = (dataDir: string) => path.join(dataDir, "studio", "sessions.json");

describe("studio sessions", () => {
  it("stores only a hash of the token, in a file only the server can read", () => {
    const dataDir = tempDataDir();
    const { token, expiresAt } = createSession(dataDir, "Maria Lopez", start);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt.getTime()).toBe(start + SESSION_ABSOLUTE_MS);
    expect(readFileSync(sessionsFile(dataDir), "utf8")).not.toContain(token);
    expect(statSync(sessionsFile(dataDir)).mode & 0o777).toBe(0o600);
    expect(readSession(dataDir, token, start)).toMatchObject({ name: "Maria Lopez", expiresAt });
  });

  it("ends after 2 hours without use", () => {
    const dataDir = tempDataDir();
    const { token } = createSession(dataDir, "Maria Lopez", start);
    expect(readSession(dataDir, token, start + SESSION_IDLE_MS - 1)).not.toBeNull();
    const other = createSession(dataDir, "Sam Lee", start);
    expect(readSession(dataDir, other.token, start + SESSION_IDLE_MS)).toBeNull();
  });

  it("stays open while used, but not beyond 12 hours", () => {
    const dataDir = tempDataDir();
    const { token } = createSession(dataDir, "Maria Lopez", start);
    let now = start;
    while (now < start + SESSION_ABSOLUTE_MS - 90 * minute) {
      now += 90 * minute;
      expect(readSession(dataDir, token, now)?.name).toBe("Maria Lopez");
    }
    expect(readSession(dataDir, token, start + SESSION_ABSOLUTE_MS)).toBeNull();
  });

  it("writes activity at most once a minute, and drops expired sessions when it does", () => {
    const dataDir = tempDataDir();
    const stale = createSession(dataDir, "Sam Lee", start);
    const { token } = createSession(dataDir, "Maria Lopez", start + SESSION_IDLE_MS - minute);
    const before = readFileSync(sessionsFile(dataDir), "utf8");
    readSession(dataDir, token, start + SESSION_IDLE_MS - 30 * 1000);
    expect(readFileSync(sessionsFile(dataDir), "utf8")).toBe(before);
    readSession(dataDir, token, start + SESSION_IDLE_MS);
    const after = JSON.parse(readFileSync(sessionsFile(dataDir), "utf8"));
    expect(after.sessions.map((session: { name: string }) => session.name)).toEqual(["Maria Lopez"]);
    expect(readSession(dataDir, stale.token, start)).toBeNull();
  });

  it("logging out ends one session; ending a person's ends all of theirs", () => {
    const dataDir = tempDataDir();
    const first = createSession(dataDir, "Maria Lopez");
    const second = createSession(dataDir, "Maria Lopez");
    const sam = createSession(dataDir, "Sam Lee");
    endSession(dataDir, first.token);
    expect(readSession(dataDir, first.token)).toBeNull();
    expect(readSession(dataDir, second.token)).not.toBeNull();
    expect(endSessionsOf(dataDir, "MARIA LOPEZ")).toBe(1);
    expect(readSession(dataDir, second.token)).toBeNull();
    expect(readSession(dataDir, sam.token)).not.toBeNull();
  });

  it("ignores tokens that are not ours", () => {
    const dataDir = tempDataDir();
    expect(readSession(dataDir, undefined)).toBeNull();
    expect(readSession(dataDir, "x")).toBeNull();
    expect(readSession(dataDir, "A".repeat(43))).toBeNull();
  });

  it("survives a missing or damaged file, and the warning holds no personal data", () => {
    const dataDir = tempDataDir();
    mkdirSync(path.dirname(sessionsFile(dataDir)), { recursive: true });
    writeFileSync(sessionsFile(dataDir), '{"sessions":[{"name":"Maria Lopez"');
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      expect(readSession(dataDir, "A".repeat(43))).toBeNull();
      expect(warn).toHaveBeenCalledOnce();
      expect(String(warn.mock.calls[0]?.[0])).not.toContain("Maria");
      const { token } = createSession(dataDir, "Sam Lee");
      expect(readSession(dataDir, token)?.name).toBe("Sam Lee");
    } finally {
      warn.mockRestore();
    }
  });

  it("sets the cookie HttpOnly, Secure, SameSite=Strict on the whole site, and clears it", () => {
    const { token, expiresAt } = createSession(tempDataDir(), "Maria Lopez", start);
    const cookie = sessionCookie(token, expiresAt);
    expect(cookie.startsWith(`__Host-studio=${token}; `)).toBe(true);
    const attributes = cookie.split("; ").slice(1);
    expect(attributes).toEqual(
      expect.arrayContaining(["Path=/", "HttpOnly", "Secure", "SameSite=Strict", `Expires=${expiresAt.toUTCString()}`]),
    );
    expect(cookie).not.toMatch(/Domain=/i);
    expect(clearedSessionCookie()).toMatch(
      /^__Host-studio=; Path=\/; HttpOnly; Secure; SameSite=Strict; Expires=Thu, 01 Jan 1970 00:00:00 GMT/,
    );
    expect(() => sessionCookie("a;b", expiresAt)).toThrow();
  });
});
