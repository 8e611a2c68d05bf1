import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from "next/constants.js";
import path from "node:path";
import { parseEnv } from "./lib/env-schema.mjs";
import { buildMismatch, writeBuildRecord } from "./lib/launch/build-record.mjs";

/**
 * A bad environment stops `next dev`, `next build` and `next start` here, before a page is
 * served or built: Next.js loads this file in every phase. (A throw later, in instrumentation.ts,
 * would print "Ready" and then answer 500 on every page.)
 */
function validatedEnv() {
  try {
    return parseEnv(process.env);
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

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
 * @param {string} phase
 * @returns {import('next').NextConfig}
 */
export default function nextConfig(phase) {
  const env = validatedEnv();
  const distDir = ".next";
  if (phase === PHASE_PRODUCTION_SERVER) {
    const problem = buildMismatch(path.join(import.meta.dirname, distDir), env.SITE_URL, Boolean(process.env.SITE_URL));
    if (problem) {
      console.error(`\nRefusing to start:\n${problem}\n`);
      process.exit(1);
    }
  }
  return {
    // Do not advertise the framework.
    poweredByHeader: false,
    reactStrictMode: true,
    // Native addon and the mail library run on the server only; never bundle them.
    serverExternalPackages: ["better-sqlite3", "nodemailer", "pg"],
    // Content is read from content/ at build time; make sure tracing ships it with the server.
    outputFileTracingIncludes: { "/**": ["./content/**/*"] },
    // A consultation request is a few hundred bytes; anything near this limit is abuse.
    experimental: { serverActions: { bodySizeLimit: "16kb" } },
    async headers() {
      return [{ source: "/:path*", headers: securityHeaders }];
    },
    compiler: {
      // Record the address this build's prerendered pages are made for (checked by next start above).
      runAfterProductionCompile: async ({ distDir: builtDir }) => {
        if (phase === PHASE_PRODUCTION_BUILD) writeBuildRecord(builtDir, env.SITE_URL);
      },
    },
  };
}
