import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

/**
 * The colour tokens of app/globals.css in both schemes: every token has a dark value, and every
 * text/background pair the components use meets WCAG AA (4.5:1 for text, 3:1 for borders, focus
 * rings and form controls). Adding a colour or a new pair: add it here too.
 */

const css = readFileSync(path.join(import.meta.dirname, "../../app/globals.css"), "utf8");

function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]));
}

const light = { white: "#ffffff", ...tokens(css.match(/@theme\s*{([^}]*)}/)?.[1] ?? "") };
const darkBlock = css.match(/@media screen and \(prefers-color-scheme: dark\)\s*{\s*[^{]*{([^}]*)}/)?.[1] ?? "";
const dark = { ...light, ...tokens(darkBlock) };

function luminance(hex: string) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colour → the backgrounds it is used on (grep `text-…` and `bg-…` in app/ and components/). */
const textPairs: Record<string, string[]> = {
  ink: ["white", "sand-50", "sand-100", "brand-50", "brand-100", "alert-50"],
  "ink-muted": ["white", "sand-50", "sand-100"],
  "brand-900": ["white", "sand-50", "sand-100", "brand-50", "brand-100"],
  "brand-800": ["white", "sand-50", "sand-100", "brand-50"],
  "brand-700": ["white", "sand-50"],
  "alert-700": ["white", "alert-50"],
  "alert-800": ["white", "alert-50"],
  // Buttons (bg-brand-700, hover:bg-brand-800) and the crisis banner (bg-brand-900).
  white: ["brand-700", "brand-800", "brand-900"],
};

/** Focus rings (outline-brand-700, outline-white in the banner), control borders, error bars. */
const uiPairs: Record<string, string[]> = {
  "brand-700": ["white", "sand-50", "sand-100", "brand-50", "alert-50"],
  white: ["brand-900"],
  "ink-muted": ["white"],
  "alert-700": ["white", "alert-50"],
  "brand-600": ["brand-50"],
};

describe.each([
  ["light", light],
  ["dark", dark],
] as const)("the %s scheme", (_scheme, colours: Record<string, string>) => {
  test.each(Object.entries(textPairs).flatMap(([fg, bgs]) => bgs.map((bg) => [fg, bg])))(
    "text-%s on bg-%s is at least 4.5:1",
    (fg, bg) => {
      expect(contrast(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(4.5);
    },
  );
  test.each(Object.entries(uiPairs).flatMap(([fg, bgs]) => bgs.map((bg) => [fg, bg])))(
    "%s on %s (rings, borders) is at least 3:1",
    (fg, bg) => {
      expect(contrast(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(3);
    },
  );
});

test("every colour token has a dark value, and the page turns dark", () => {
  expect(Object.keys(light).length).toBeGreaterThan(15);
  expect(Object.keys(tokens(darkBlock)).sort()).toEqual(Object.keys(light).sort());
  expect(luminance(dark.white)).toBeLessThan(0.05);
});
