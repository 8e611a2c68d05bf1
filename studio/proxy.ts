import { NextResponse, type NextRequest } from "next/server";
import { studioCsp } from "@/lib/studio/csp";
import { SESSION_COOKIE, readSession } from "@/lib/studio/sessions";
import { studioDataDir } from "@/lib/studio/settings";
import { studioUserHeader, studioSessionHeader } from "@/lib/studio/request-user";

/**
 * Nothing in the studio is reachable without a session, except the login page and its form.
 * Pages without one go to the login page; API calls get 401. Writes must come from the studio's
 * own pages (Origin check, on top of the SameSite=Strict cookie): a page elsewhere cannot post
 * here with the staff member's session. Every response carries the studio's own policy.
 */
const open = new Set(["/login", "/api/studio/login"]);

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = studioCsp(nonce);
  const headers = new Headers(request.headers);
  // Only this proxy says who is asking: a header sent by the browser is never believed.
  headers.delete(studioUserHeader);
  headers.delete(studioSessionHeader);
  headers.set("Content-Security-Policy", policy);

  const writes = !["GET", "HEAD"].includes(request.method);
  if (writes && !sameOrigin(request))
    return withPolicy(new NextResponse("Forbidden: not sent by the studio.", { status: 403 }), policy);

  if (!open.has(pathname)) {
    const session = readSession(studioDataDir, request.cookies.get(SESSION_COOKIE)?.value);
    if (!session) {
      if (pathname.startsWith("/api/")) {
        return withPolicy(new NextResponse("Log in to the studio first.", { status: 401 }), policy);
      }
      const login = new URL("/login", request.url);
      if (pathname !== "/") login.searchParams.set("next", pathname);
      return withPolicy(NextResponse.redirect(login, 303), policy);
    }
    headers.set(studioUserHeader, encodeURIComponent(session.name));
    headers.set(studioSessionHeader, session.id);
  }
  return withPolicy(NextResponse.next({ request: { headers } }), policy);
}

function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function withPolicy(response: NextResponse, policy: string): NextResponse {
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
