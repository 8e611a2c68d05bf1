import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findPlaceholders, formatPlaceholder, scanForPlaceholders } from "./placeholders";

describe("findPlaceholders", () => {
  it("finds the PLACEHOLDER marker in text, comments and frontmatter, and says what to write", () => {
    const text = [
      'name: "[PLACEHOLDER] Dr. Jordan Rivera"',
      "- First consultation: [PLACEHOLDER: price]",
      "{/* PLACEHOLDER: confirm with the engineering team. */}",
      "An ordinary line.",
    ].join("\n");
    const found = findPlaceholders(text, "content/pages/x.mdx");
    expect(found.map((f) => f.line)).toEqual([1, 2, 3]);
    expect(found[0]?.what).toBe('sample value "Dr. Jordan Rivera" marked [PLACEHOLDER]');
    expect(found[1]?.fix).toContain("price");
    expect(found[2]?.fix).toContain("confirm with the engineering team.");
    expect(formatPlaceholder(found[1]!)).toMatch(
      /^content\/pages\/x\.mdx:2 {2}placeholder "PLACEHOLDER: price"\n {2}Fix: /,
    );
  });

  it("finds example contact details", () => {
    const text = [
      'phoneDisplay: "(916) 555-0142"',
      "email: hello@shamynds.example",
      "See https://www.example.com/about.",
      "  street: 1234 Example Street, Suite 200",
    ].join("\n");
    const found = findPlaceholders(text, "content/clinic.yaml");
    expect(found.map((f) => [f.line, f.what])).toEqual([
      [1, "fictional phone number 555-0142 (555-01xx is reserved for films and examples)"],
      [2, "example email address hello@shamynds.example"],
      [3, "example domain www.example.com"],
      [4, 'example street address "1234 Example Street"'],
    ]);
    expect(found[0]?.fix).toContain("real phone number");
  });

  it("leaves real text alone", () => {
    const text = [
      "For example, about an IV or a nasal spray.",
      "Call (916) 555-2368 or write to hello@shamynds.com.",
      "We are at 1234 Capitol Mall.",
      "Placeholder is an ordinary word when not in capitals.",
    ].join("\n");
    expect(findPlaceholders(text, "x.mdx")).toEqual([]);
  });
});

describe("scanForPlaceholders", () => {
  let root: string | undefined;
  afterEach(() => root && rmSync(root, { recursive: true, force: true }));

  it("names each file (relative to the project) and line", () => {
    root = mkdtempSync(path.join(os.tmpdir(), "placeholders-"));
    mkdirSync(path.join(root, "content", "pages"), { recursive: true });
    writeFileSync(path.join(root, "content", "pages", "a.mdx"), "Fine.\nPrice: [PLACEHOLDER: price]\n");
    writeFileSync(path.join(root, "content", "clinic.yaml"), "name: ShaMynds\n");
    const found = scanForPlaceholders(path.join(root, "content"), root);
    expect(found.map((f) => `${f.file}:${f.line}`)).toEqual(["content/pages/a.mdx:2"]);
  });

  it("finds today's placeholders in content/", () => {
    expect(scanForPlaceholders(path.join(process.cwd(), "content")).length).toBeGreaterThan(20);
  });
});
