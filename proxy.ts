import { NextResponse, type NextRequest } from "next/server";
import { services } from "@/lib/consultation/services";
import { startedCookieName, startedCookieOptions } from "@/lib/consultation/started-cookie";
import { consultationPaths } from "@/lib/i18n/form-paths";
import { issueToken } from "@/lib/consultation/token";
import { getClinic } from "@/lib/content/clinic";
import { env, isProduction } from "@/lib/env";
import { canAnswer, encodeResend, knownActions, postedActionIds, resendHeader } from "@/lib/consultation/stale-form";
import { resendPaths } from "@/lib/i18n/form-paths";
import { buildCsp } from "@/lib/security/csp";

/**
 * Gives each page rendered per request a fresh nonce for its scripts (design in
 * lib/security/csp.ts). Prerendered pages never reach this code in production: they run no
 * script and carry a fixed `script-src 'none'` policy written at build time, and running a proxy
 * costs about a third of their throughput. In development every page is rendered per request
 * with scripts, so there the proxy covers every page.
 */
/** A consultation request is a few hundred bytes; larger bodies are refused before any work. */
const maxBodyBytes = 16 * 1024;

/** The consultation form's pages, in each language: they get the signed "form shown" cookie. */
const formPages = new Set<string>(Object.values(consultationPaths));
const resendPages = new Set<string>(Object.values(resendPaths));

export async function proxy(request: NextRequest) {
  if (request.method === "POST" && Number(request.headers.get("content-length") ?? 0) > maxBodyBytes) {
    return tooLarge();
  }
  const { pathname } = request.nextUrl;
  if (resendPages.has(pathname) && request.headers.has(resendHeader)) {
    // Next.js runs the proxy again for the address a form was rewritten to (below): keep what the
    // first pass set (the answers, and the policy whose nonce the page is rendered with).
    const response = NextResponse.next();
    const policy = request.headers.get("content-security-policy");
    if (policy) response.headers.set("Content-Security-Policy", policy);
    return response;
  }
  const showsForm = request.method === "GET" && formPages.has(pathname);
  if (showsForm && isProduction) {
    // The form page is a prerendered document with its own script-src 'none' policy: it only
    // needs the signed "form shown at" token, which its static HTML cannot carry.
    return withStartedCookie(NextResponse.next(), pathname);
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = buildCsp({ nonce, development: !isProduction, upgradeInsecureRequests: isProduction });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const stale = request.method === "POST" && formPages.has(pathname) ? await staleFormPost(request) : undefined;
  let response: NextResponse;
  if (stale?.kind === "form") {
    // Not a server action any more (no multipart type): the resend page renders the form again.
    requestHeaders.set("content-type", "text/plain");
    requestHeaders.set(resendHeader, stale.answers);
    const target = internalUrl(request, resendPaths[pathname === consultationPaths.es ? "es" : "en"]);
    response = NextResponse.rewrite(target, { request: { headers: requestHeaders } });
  } else {
    if (stale?.kind === "fetch") requestHeaders.set("next-action", stale.liveAction);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", policy);
  return showsForm ? withStartedCookie(response, pathname) : response;
}

/**
 * Where the resend page is fetched from: this server itself, over plain HTTP on 127.0.0.1 (where
 * every deployment here starts `next start`). Next 16.4 gives the proxy a request.url of
 * "localhost:<port>" with nginx's scheme (https), but treats a rewrite as internal only when it
 * names the address the server was started on with that scheme; anything else it fetches over
 * the network, and "https://localhost:<port>" meets a plain-HTTP port (HTTP 500). This address is
 * internal for a direct request and one loopback hop behind nginx, never TLS to ourselves. Every
 * release checks, as nginx sends it, that a form from an unknown build comes back as the form
 * (lib/release/checks.ts): a change in Next.js stops the release, naming this.
 */
function internalUrl(request: NextRequest, pathname: string): URL {
  return new URL(pathname, `http://127.0.0.1:${new URL(request.url).port || "80"}`);
}

/**
 * A form post whose server action this build does not know: it was rendered by a release that
 * no longer runs (see lib/consultation/stale-form.ts). Production only: `next dev` has no list.
 */
async function staleFormPost(
  request: NextRequest,
): Promise<{ kind: "fetch"; liveAction: string } | { kind: "form"; answers: string } | undefined> {
  const known = isProduction ? knownActions() : null;
  if (!known) return undefined;
  const fetchAction = request.headers.get("next-action");
  if (fetchAction !== null) {
    return known.ids.includes(fetchAction) ? undefined : { kind: "fetch", liveAction: known.consultation };
  }
  if (!request.headers.get("content-type")?.startsWith("multipart/form-data")) return undefined;
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return undefined;
  }
  if (postedActionIds(form).length === 0 || canAnswer(form, known)) return undefined;
  return { kind: "form", answers: encodeResend(form, request.cookies.get(startedCookieName)?.value) };
}

function withStartedCookie(response: NextResponse, formPath: string) {
  let key: Buffer;
  try {
    key = services().formKey();
  } catch {
    // The start-up log says why; the form's action then tells people to call instead.
    return response;
  }
  response.cookies.set(
    startedCookieName,
    issueToken(key),
    startedCookieOptions(env.SITE_URL.startsWith("https:"), formPath),
  );
  return response;
}

function tooLarge() {
  const { phoneDisplay } = getClinic();
  return new NextResponse(
    `Your request was too large to be sent (the limit is 16 kB). Please go back and try again, or call us at ${phoneDisplay}.\n` +
      "If you are in crisis, call or text 988; in an emergency call 911.\n",
    { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8" } },
  );
}

// Literal values only: Next reads this at build time without running the file.
export const config = {
  matcher: [
    // Pages rendered per request: the form, previews and the dev mailbox.
    {
      source: "/(consultation|es/consulta|preview|dev)/:path*",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    // Draft mode renders prerendered routes per request, with their scripts.
    {
      source: "/((?!_next/static|_next/image|api/).*)",
      has: [{ type: "cookie", key: "__prerender_bypass" }],
    },
    // Every page, for `next dev` only. The header named here is never sent: it labels this
    // entry, which lib/build/script-free-pages.ts removes from production builds.
    {
      source:
        "/((?!_next/static|_next/image|api/|images/|fonts/|favicon\\.ico|icon|apple-icon|manifest\\.webmanifest|robots\\.txt|sitemap\\.xml|feed\\.xml|.*opengraph-image).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
        { type: "header", key: "x-development-only-matcher" },
      ],
    },
  ],
};
