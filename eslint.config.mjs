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
  globalIgnores([".next/**", "node_modules/**", ".data/**", "bench/results/**", "test-results/**", "next-env.d.ts"]),
]);
