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

/** @type {import('next').NextConfig} */
const nextConfig = {
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
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
