import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from "next/constants.js";
import { writeBuildRecord } from "./lib/launch/build-record.mjs";
import { preflight } from "./lib/launch/preflight.mjs";
import { loadFormKey, serverActionsKey } from "./lib/consultation/form-key.mjs";

const isProduction = process.env.NODE_ENV === "production";

/**
 * Headers for every response (HTML, static assets, API). The Content-Security-Policy is per page
 * and set in proxy.ts. HSTS only in production: browsers ignore it over plain HTTP anyway.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  ...(isProduction ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/**
 * Search (README, "Search"): /search?q=… and /es/buscar?q=… are answered by the search route,
 * which fills the prerendered, script-free search page with the results; without `q` the
 * prerendered page itself is served. The query is a person's health question: no referrer from
 * these pages (a click on a result, even the page's stylesheet, would send the address with `q`
 * along, into any access log), never indexed, never logged by `next dev` either.
 */
const searchPages = [
  { source: "/search", locale: "en" },
  { source: "/es/buscar", locale: "es" },
];
const searchHeaders = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Robots-Tag", value: "noindex" },
];

/**
 * @param {string} phase
 * @returns {import('next').NextConfig}
 */
export default function nextConfig(phase) {
  // A bad environment stops `next dev`, `next build` and `next start` here, before anything is
  // built or served (Next.js loads this file in every phase; a throw in instrumentation.ts would
  // instead print "Ready" and answer 500 on every page). See lib/launch/preflight.mjs.
  const env = preflight({ server: phase === PHASE_PRODUCTION_SERVER, projectDir: import.meta.dirname });
  // One server-action key per site (derived from the form key in DATA_DIR, or from FORM_SECRET),
  // so that every build gives the consultation action the same id and a form rendered by one
  // release is accepted by the next (lib/consultation/form-key.mjs). Next.js reads it after this
  // file, at build (ids, manifest) and at start (encryption).
  process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ||= serverActionsKey(
    loadFormKey({ secret: env.FORM_SECRET, dataDir: env.DATA_DIR }),
  );
  return {
    // Do not advertise the framework.
    poweredByHeader: false,
    reactStrictMode: true,
    // Native addon and the mail library run on the server only; never bundle them.
    serverExternalPackages: ["better-sqlite3", "nodemailer", "pg"],
    // Content is read from content/ at build time; make sure tracing ships it with the server.
    outputFileTracingIncludes: { "/**": ["./content/**/*"] },
    // A consultation request is a few hundred bytes; anything near this limit is abuse.
    // globalNotFound: with two root layouts ((en) and (es)) there is no single layout for an unmatched URL.
    experimental: { serverActions: { bodySizeLimit: "16kb" }, globalNotFound: true },
    async headers() {
      // The later entry wins for a header both set (Referrer-Policy).
      return [
        { source: "/:path*", headers: securityHeaders },
        ...searchPages.map(({ source }) => ({ source, headers: searchHeaders })),
        { source: "/api/search/:locale", headers: searchHeaders },
      ];
    },
    async rewrites() {
      return {
        // Before files: the prerendered page at the same address would answer first otherwise.
        beforeFiles: searchPages.map(({ source, locale }) => ({
          source,
          has: [{ type: "query", key: "q" }],
          destination: `/api/search/${locale}`,
        })),
      };
    },
    // `next dev` prints every request with its address: not the ones that carry a search query.
    logging: { incomingRequests: { ignore: [/^\/(search|es\/buscar|api\/search\/)/] } },
    compiler: {
      // Record the address this build's prerendered pages are made for (checked by next start above).
      runAfterProductionCompile: async ({ distDir: builtDir }) => {
        if (phase === PHASE_PRODUCTION_BUILD) writeBuildRecord(builtDir, env.SITE_URL);
      },
    },
  };
}
