import type { Config } from "tailwindcss";

/**
 * Brand tokens. Loaded from app/globals.css with `@config`. Every text/background pair we use
 * meets WCAG AA contrast: ink and brand-700+ on white or sand-50 are ≥ 7:1; brand-600 ≥ 4.5:1.
 */
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./content/**/*.mdx"],
  theme: {
    extend: {
      colors: {
        ink: { DEFAULT: "#1d2a2c", muted: "#4a5a5d" },
        brand: {
          50: "#eef8f6",
          100: "#d5eeea",
          200: "#aedcd5",
          300: "#7cc3b9",
          400: "#4ea69b",
          500: "#318a80",
          600: "#246f67",
          700: "#1f5a54",
          800: "#1c4945",
          900: "#1a3d3a",
        },
        sand: { 50: "#fbf8f3", 100: "#f4eee4", 200: "#e9dfcf" },
        alert: { 50: "#fdf1ef", 700: "#a3261b", 800: "#86201a" },
      },
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
