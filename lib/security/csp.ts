/**
 * The Content-Security-Policy of an HTML response.
 *
 * Design (see README, "Security"): prerendered pages are documents without any JavaScript
 * (lib/build/script-free-pages.ts), so their policy allows no script at all: `script-src 'none'`,
 * a fixed header written next to each page at build time, with no per-request work. Pages
 * rendered per request (the consultation form, previews, development) keep their scripts under
 * a fresh nonce, which Next.js applies to its own scripts. No policy allows 'unsafe-inline', and
 * only development allows 'unsafe-eval'.
 */
export interface CspOptions {
  /** A per-request nonce (pages rendered per request). Without one, no script may run at all. */
  nonce?: string;
  /** `next dev`: React's dev tooling needs eval and the HMR websocket. */
  development?: boolean;
  /** Adds upgrade-insecure-requests (production behind HTTPS). */
  upgradeInsecureRequests?: boolean;
}

export function buildCsp({ nonce, development = false, upgradeInsecureRequests = false }: CspOptions = {}): string {
  const scriptSources = nonce ? ["'self'", `'nonce-${nonce}'`, ...(development ? ["'unsafe-eval'"] : [])] : ["'none'"];
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", ...scriptSources],
    // Inline style attributes come from React/next internals (e.g. next/image); styles cannot run code.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...(development ? ["ws:"] : [])],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ["frame-src", "'none'"],
    ["manifest-src", "'self'"],
    ["worker-src", "'self'"],
  ];
  if (upgradeInsecureRequests) directives.push(["upgrade-insecure-requests"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** The policy of every prerendered page: a document that runs no script. */
export const documentCsp = buildCsp({ upgradeInsecureRequests: true });
