import { NextResponse, type NextRequest } from "next/server";
import { getClinic } from "@/lib/content/clinic";
import { isProduction } from "@/lib/env";
import { buildCsp } from "@/lib/security/csp";
import { loadCspManifest } from "@/lib/security/csp-manifest";

/**
 * Sends each HTML page its Content-Security-Policy (design in lib/security/csp.ts):
 * prerendered pages get the hashes of their own inline scripts and stay static; everything
 * rendered per request gets a fresh nonce that Next.js applies to its scripts.
 */
/** A consultation request is a few hundred bytes; larger bodies are refused before any work. */
const maxBodyBytes = 16 * 1024;

export function proxy(request: NextRequest) {
  if (request.method === "POST" && Number(request.headers.get("content-length") ?? 0) > maxBodyBytes) {
    return tooLarge();
  }
  const manifest = isProduction ? loadCspManifest() : null;
  const route = request.nextUrl.pathname.replace(/\/+$/, "") || "/";
  // Draft mode renders even prerendered routes per request, so they need the nonce policy.
  const rendersPerRequest = request.cookies.has("__prerender_bypass");
  const staticHashes = rendersPerRequest ? undefined : manifest?.routes[route];
  // Loopback hosts are exempt in browsers, so this is safe for a local `next start` too.
  const upgradeInsecureRequests = isProduction;

  if (staticHashes) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", buildCsp({ scriptHashes: staticHashes, upgradeInsecureRequests }));
    return response;
  }

  // A path we do not know may still end in the prerendered 404 page: allow its hashes too.
  const notFoundHashes = manifest?.routes["/_not-found"] ?? [];
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = buildCsp({
    nonce,
    scriptHashes: notFoundHashes,
    development: !isProduction,
    upgradeInsecureRequests,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
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

export const config = {
  matcher: [
    {
      // HTML pages only: not static files, images, metadata files or API routes.
      source:
        "/((?!_next/static|_next/image|api/|images/|fonts/|favicon\\.ico|icon|apple-icon|manifest\\.webmanifest|robots\\.txt|sitemap\\.xml|feed\\.xml|.*opengraph-image).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
