import { env } from "@/lib/env";
import { clientAddress } from "@/lib/consultation/client-address";
import { accountKey, verifyLogin } from "@/lib/studio/accounts";
import { loginAllowed, recordFailedLogin, recordSuccessfulLogin } from "@/lib/studio/login-limits";
import { createSession, sessionCookie } from "@/lib/studio/sessions";
import { studioDataDir } from "@/lib/studio/settings";

/**
 * The login form's target. Failed logins are counted per account and per address
 * (lib/studio/login-limits.ts); once either is over its limit, even a right password waits.
 * Answers are redirects back to the login page with a problem code, never a page that echoes
 * what was typed.
 */
export async function POST(request: Request) {
  const form = await request.formData();
  const name = String(form.get("name") ?? "").slice(0, 100);
  const password = String(form.get("password") ?? "").slice(0, 300);
  const next = safeNext(String(form.get("next") ?? "/"));
  const key = accountKey(name);
  const address = clientAddress(request.headers, env.TRUST_PROXY === "1") ?? "direct";

  const decision = await loginAllowed(key, address);
  if (!decision.allowed) return backToLogin("locked", next, decision.retryAfterSeconds);
  const account = name && password ? await verifyLogin(studioDataDir, name, password) : null;
  if (!account) {
    await recordFailedLogin(key, address);
    return backToLogin("wrong", next);
  }
  await recordSuccessfulLogin(key, address);
  const session = createSession(studioDataDir, account.name);
  return new Response(null, {
    status: 303,
    headers: { Location: next, "Set-Cookie": sessionCookie(session.token, session.expiresAt) },
  });
}

function backToLogin(problem: "wrong" | "locked", next: string, retryAfterSeconds?: number) {
  const query = new URLSearchParams({ problem, next });
  if (retryAfterSeconds) query.set("wait", String(Math.ceil(retryAfterSeconds / 60)));
  return new Response(null, {
    status: 303,
    headers: {
      Location: `/login?${query}`,
      ...(retryAfterSeconds ? { "Retry-After": String(retryAfterSeconds) } : {}),
    },
  });
}

/** Only a path of the studio itself: never an address elsewhere. */
function safeNext(next: string): string {
  return /^\/(?![/\\])[\w\-./[\]%?=&]*$/.test(next) ? next : "/";
}
