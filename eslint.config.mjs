import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";
import { defineConfig, globalIgnores } from "eslint/config";

// Next's flat configs already include react, react-hooks, jsx-a11y and typescript-eslint.
export default defineConfig([
  ...nextCoreWebVitals,
  ...nextTypescript,
  // The full recommended accessibility rule set (Next enables only a few of them).
  { rules: jsxA11y.flatConfigs.recommended.rules },
  {
    rules: {
      // Patient data must never reach logs; console use is reviewed case by case.
      "no-console": ["warn", { allow: ["warn", "error", "info"] }],
    },
  },
  {
    files: ["scripts/**", "bench/**", "tests/**"],
    rules: { "no-console": "off" },
  },
  {
    // Every imported package is declared in package.json (none resolves only through hoisting);
    // site code may use only `dependencies`, tooling and tests also `devDependencies`. The rule
    // comes with eslint-config-next's import plugin; type-only imports count too.
    rules: {
      "import/no-extraneous-dependencies": [
        "error",
        {
          includeTypes: true,
          devDependencies: [
            "**/*.test.ts",
            "tests/**",
            "scripts/**",
            "bench/**",
            "*.config.{ts,mjs}",
            "**/*.d.ts",
            // Development only: /dev/mailbox loads mailparser on demand, never in production.
            "lib/mail/mailbox-message.ts",
            // content:check (a build tool): its worker threads are bundled with esbuild, or fall
            // back to registering tsx to load the checker.
            "lib/content/check-runner.ts",
            "lib/content/check-worker.mjs",
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "studio/.next/**",
    "node_modules/**",
    ".data/**",
    "bench/results/**",
    "test-results/**",
    "next-env.d.ts",
    "studio/next-env.d.ts",
  ]),
]);
