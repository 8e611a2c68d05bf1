import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { errorClass, logWarn } from "@/lib/log";
import { accountKey, readJson, studioFile, writeJsonAtomic } from "./store";

/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** …and after this long in any case. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** Activity is written at most this often, so browsing does not rewrite the file on every request. */
export const SESSION_REFRESH_MS = 60 * 1000;

// __Host-: the browser accepts it only with Secure, Path=/ and no Domain, so no subdomain or
// plain-http page can set or overwrite it.
export const SESSION_COOKIE = "__Host-studio";

const tokenPattern = /^[A-Za-z0-9_-]{43}$/; // 32 random bytes, base64url

const sessionSchema = z.object({
  id: z.string(),
  // sha256 of the token: a copy of this file does not let anyone log in.
  hash: z.string(),
  name: z.string(),
  key: z.string(),
  createdAt: z.number(),
  lastSeenAt: z.number(),
});
const fileSchema = z.object({ sessions: z.array(sessionSchema) });
type StoredSession = z.infer<typeof sessionSchema>;

export type Session = {
  name: string;
  /** Not secret: safe to log or to show in a list of sessions. */
  id: string;
  /** The latest end (12 h after login); also the cookie's Expires. */
  expiresAt: Date;
  /** When it ends if unused (2 h after the last request, never after expiresAt). */
  idleExpiresAt: Date;
};

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");
const absoluteEnd = (session: StoredSession) => session.createdAt + SESSION_ABSOLUTE_MS;
const idleEnd = (session: StoredSession) => Math.min(session.lastSeenAt + SESSION_IDLE_MS, absoluteEnd(session));

function load(dataDir: string): StoredSession[] {
  try {
    const parsed = fileSchema.safeParse(readJson(studioFile(dataDir, "sessions.json")) ?? { sessions: [] });
    if (parsed.success) return parsed.data.sessions;
    logWarn("studio", "sessions.json has an unexpected shape; treated as empty (everyone logs in again)");
  } catch (error) {
    // A damaged file must not lock the studio: everyone logs in again. No contents in the log.
    logWarn("studio", `sessions.json unreadable (${errorClass(error)}); treated as empty`);
  }
  return [];
}

/** Writes the sessions, leaving out every expired one. */
function save(dataDir: string, sessions: StoredSession[], now: number): void {
  const live = sessions.filter((session) => idleEnd(session) > now);
  writeJsonAtomic(studioFile(dataDir, "sessions.json"), { sessions: live });
}

export function createSession(
  dataDir: string,
  name: string,
  now: number = Date.now(),
): { token: string; id: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  const session: StoredSession = {
    id: randomBytes(12).toString("base64url"),
    hash: hashToken(token),
    name,
    key: accountKey(name),
    createdAt: now,
    lastSeenAt: now,
  };
  save(dataDir, [...load(dataDir), session], now);
  return { token, id: session.id, expiresAt: new Date(absoluteEnd(session)) };
}

/** The session for a cookie's token, or null when it is unknown, ended or expired. */
export function readSession(dataDir: string, token: string | undefined, now: number = Date.now()): Session | null {
  if (!token || !tokenPattern.test(token)) return null;
  const sessions = load(dataDir);
  const hash = hashToken(token);
  const session = sessions.find((candidate) => candidate.hash === hash);
  if (!session || idleEnd(session) <= now) return null;
  if (now - session.lastSeenAt >= SESSION_REFRESH_MS) {
    session.lastSeenAt = now;
    save(dataDir, sessions, now);
  }
  return {
    name: session.name,
    id: session.id,
    expiresAt: new Date(absoluteEnd(session)),
    idleExpiresAt: new Date(idleEnd(session)),
  };
}

/** Log out: the token stops working at once, wherever the cookie is. */
export function endSession(dataDir: string, token: string, now: number = Date.now()): void {
  const hash = hashToken(token);
  const sessions = load(dataDir);
  if (sessions.some((session) => session.hash === hash)) {
    save(
      dataDir,
      sessions.filter((session) => session.hash !== hash),
      now,
    );
  }
}

/** Ends every session of one person (removed, or given a new password); returns how many. */
export function endSessionsOf(dataDir: string, name: string, now: number = Date.now()): number {
  const key = accountKey(name);
  const sessions = load(dataDir);
  const kept = sessions.filter((session) => session.key !== key);
  if (kept.length !== sessions.length) save(dataDir, kept, now);
  return sessions.length - kept.length;
}

const cookieAttributes = "Path=/; HttpOnly; Secure; SameSite=Strict";

/** The Set-Cookie header value that starts a session in the browser. */
export function sessionCookie(token: string, expiresAt: Date): string {
  // The token is ours, but a header must never carry anything else.
  if (!tokenPattern.test(token)) throw new Error("Not a session token");
  return `${SESSION_COOKIE}=${token}; ${cookieAttributes}; Expires=${expiresAt.toUTCString()}`;
}

/** The Set-Cookie header value that removes the session cookie (log out). */
export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; ${cookieAttributes}; Expires=${new Date(0).toUTCString()}; Max-Age=0`;
}
