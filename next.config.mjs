/** @type {import('next').NextConfig} */
const nextConfig = {
  // Do not advertise the framework (issue: security headers).
  poweredByHeader: false,
  reactStrictMode: true,
  // Native addon and the mail library run on the server only; never bundle them.
  serverExternalPackages: ["better-sqlite3", "nodemailer", "pg"],
  // Content is read from content/ at build time; make sure tracing ships it with the server.
  outputFileTracingIncludes: { "/**": ["./content/**/*"] },
};

export default nextConfig;
