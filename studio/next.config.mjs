import path from "node:path";
import { preflight } from "../lib/launch/preflight.mjs";

/**
 * The studio: a Next.js app of its own (`npm run studio`), so the public site's build has no
 * editing surface at all. It runs from the repository root (content/ and public/ are read and
 * written there) and imports the site's components and content code to preview and check.
 */
const root = path.join(import.meta.dirname, "..");

export default function studioConfig() {
  preflight({ server: false, projectDir: root });
  return {
    poweredByHeader: false,
    reactStrictMode: true,
    turbopack: { root },
    outputFileTracingRoot: root,
    serverExternalPackages: ["better-sqlite3", "nodemailer", "pg"],
    async headers() {
      return [
        {
          source: "/:path*",
          headers: [
            { key: "X-Content-Type-Options", value: "nosniff" },
            { key: "Referrer-Policy", value: "same-origin" },
            { key: "X-Frame-Options", value: "DENY" },
            { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
            { key: "Cache-Control", value: "no-store" },
            { key: "X-Robots-Tag", value: "noindex, nofollow" },
          ],
        },
      ];
    },
  };
}
