import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Finds text that must not go live: the PLACEHOLDER marker the content was written with, and
 * example contact details (555-01xx numbers are reserved for fiction, *.example and example.com
 * domains for documentation, "1234 Example Street"). Each finding says where, what, and the fix.
 */
export type Placeholder = {
  /** Path as given to findPlaceholders (relative to the project root when scanned). */
  file: string;
  line: number;
  what: string;
  fix: string;
};

type Rule = { pattern: RegExp; what: (match: RegExpExecArray) => string; fix: (match: RegExpExecArray) => string };

const rules: Rule[] = [
  {
    // "[PLACEHOLDER] Dr. Jordan Rivera": a sample value standing in for the real one.
    pattern: /\[PLACEHOLDER\]\s*([^"\n]*)/g,
    what: (match) => `sample value "${match[1]?.trim().slice(0, 80)}" marked [PLACEHOLDER]`,
    fix: () => "write the real value and remove [PLACEHOLDER]",
  },
  {
    // "[PLACEHOLDER: price]", "{/* PLACEHOLDER: confirm … */}", "# PLACEHOLDER: …": a note saying what is missing.
    pattern: /PLACEHOLDER(?!\])[:\s]*([^\]*\n]*)/g,
    what: (match) => `placeholder "${match[0].trim().slice(0, 80)}"`,
    fix: (match) => {
      const note = match[1]?.trim().replace(/\s*\*?\/?\}?$/, "");
      return note ? `${note.slice(0, 100)} (then remove the marker)` : "write the real text and remove the marker";
    },
  },
  {
    pattern: /\b555-01\d\d\b/g,
    what: (match) => `fictional phone number ${match[0]} (555-01xx is reserved for films and examples)`,
    fix: () => "put the clinic's real phone number here (and in content/clinic.yaml)",
  },
  {
    // An email address or host on a documentation domain: hello@shamynds.example, www.example.com.
    pattern: /\b(?:[\w.+-]+@)?(?:[a-z0-9-]+\.)*(?:[a-z0-9-]+\.example|example\.(?:com|net|org))\b/gi,
    what: (match) => `example ${match[0].includes("@") ? "email address" : "domain"} ${match[0]}`,
    fix: (match) =>
      match[0].includes("@") ? "put the clinic's real email address here" : "put the clinic's real domain here",
  },
  {
    pattern: /\b\d+ Example (?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd)\b/gi,
    what: (match) => `example street address "${match[0]}"`,
    fix: () => "put the clinic's real street address here (and in content/clinic.yaml)",
  },
];

/** Placeholders in one file's text, in line order. */
export function findPlaceholders(text: string, file: string): Placeholder[] {
  const found: Placeholder[] = [];
  text.split("\n").forEach((lineText, index) => {
    for (const rule of rules) {
      for (const match of lineText.matchAll(rule.pattern)) {
        found.push({ file, line: index + 1, what: rule.what(match), fix: rule.fix(match) });
      }
    }
  });
  return found;
}

/** Every placeholder in every text file under contentRoot (content/ by default). */
export function scanForPlaceholders(contentRoot: string, projectRoot = process.cwd()): Placeholder[] {
  const files = (readdirSync(contentRoot, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((entry) => entry.isFile() && /\.(mdx?|ya?ml|json|txt)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  return files.flatMap((file) => {
    const shown = path.relative(projectRoot, file).split(path.sep).join("/");
    return findPlaceholders(readFileSync(file, "utf8"), shown);
  });
}

export function formatPlaceholder(found: Placeholder): string {
  return `${found.file}:${found.line}  ${found.what}\n  Fix: ${found.fix}`;
}
