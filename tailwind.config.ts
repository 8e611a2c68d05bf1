import type { Config } from "tailwindcss";

/**
 * Fonts and widths. Loaded from app/globals.css with `@config`. The colours live in that file's
 * `@theme` block (as CSS variables, so the dark scheme can redefine them).
 */
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./content/**/*.mdx"],
  theme: {
    extend: {
      fontFamily: {
        // The system font stack: nothing to download, so the text paints at once (README, "Performance").
        sans: [
          "system-ui",
          "-apple-system",
          '"Segoe UI"',
          "Roboto",
          '"Helvetica Neue"',
          "Arial",
          '"Noto Sans"',
          "sans-serif",
        ],
      },
      maxWidth: { prose: "68ch" },
    },
  },
};

export default config;
