/**
 * The Content-Security-Policy of an HTML response.
 *
 * Design (see README, "Security"): prerendered pages keep being served as static files, so
 * they cannot carry a per-request nonce. Instead, `npm run build` records the SHA-256 of every
 * inline script of every prerendered page (scripts/csp-manifest.ts) and the proxy sends that
 * page's hashes. Pages rendered per request (the consultation form, previews, 404s of unknown
 * paths) get a fresh nonce, which Next.js applies to its own scripts. Neither policy allows
 * 'unsafe-inline' or 'unsafe-eval' for scripts in production.
 */
export interface CspOptions {
  /** 'sha256-…' sources of the page's inline scripts (prerendered pages). */
  scriptHashes?: readonly string[];
  /** A per-request nonce (dynamically rendered pages). */
  nonce?: string;
  /** `next dev`: React's dev tooling needs eval and the HMR websocket. */
  development?: boolean;
  /** Adds upgrade-insecure-requests (production behind HTTPS). */
  upgradeInsecureRequests?: boolean;
}

export function buildCsp({
  scriptHashes = [],
  nonce,
  development = false,
  upgradeInsecureRequests = false,
}: CspOptions): string {
  const scriptSources = [
    "'self'",
    ...(nonce ? [`'nonce-${nonce}'`] : []),
    ...scriptHashes.map((hash) => `'${hash}'`),
    ...(development ? ["'unsafe-eval'"] : []),
  ];
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

/** 'sha256-<base64>' of an inline script's exact text, as browsers compute it. */
export async function scriptHash(source: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(source));
  return `sha256-${Buffer.from(digest).toString("base64")}`;
}

/** The text of every inline, executable <script> of an HTML document (JSON-LD is data, not code). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? "";
    const body = match[2] ?? "";
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== "text/javascript" && type !== "module" && type !== "application/javascript") continue;
    if (body.length === 0) continue;
    scripts.push(body);
  }
  return scripts;
}

/** Route path of a prerendered HTML file: "index.html" → "/", "articles/a.html" → "/articles/a". */
export function routeOfHtmlFile(relativePath: string): string {
  const withoutExtension = relativePath.replace(/\\/g, "/").replace(/\.html$/, "");
  if (withoutExtension === "index") return "/";
  return `/${withoutExtension.replace(/\/index$/, "")}`;
}
