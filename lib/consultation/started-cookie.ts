/**
 * The consultation page is a prerendered document without JavaScript (lib/build/script-free-pages.ts),
 * so its HTML cannot carry a per-request token. Instead, the proxy hands each visitor of the form a
 * signed token in this cookie when the page is shown, and the action falls back to it when the form's
 * own token field is empty. Forms re-rendered by the action (errors, "send again") carry their token
 * in the hidden field as before. The cookie holds no personal data: a time, a random nonce and a
 * signature. It is strictly necessary for the form (spam control), sent only to the form's page.
 */
export const startedCookieName = "consultation-started";

/** The cookie is sent back only to the form page that set it (each language has its own). */
export function startedCookieOptions(secure: boolean, formPath: string) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure,
    path: formPath,
    maxAge: 24 * 60 * 60,
  };
}
