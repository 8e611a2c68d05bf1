import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { relativeToRoot } from "@/lib/content/paths";

/**
 * A throwaway content folder (articles/, pages/, team/, clinic.yaml) and public/ folder, for
 * running checkContent({ contentRoot, publicDir }) on broken files without touching content/.
 */
export function makeContentFolder() {
  const root = mkdtempSync(path.join(os.tmpdir(), "content-check-"));
  const contentRoot = path.join(root, "content");
  const publicDir = path.join(root, "public");
  for (const folder of ["articles", "pages", "team"]) mkdirSync(path.join(contentRoot, folder), { recursive: true });
  mkdirSync(path.join(publicDir, "images"), { recursive: true });
  copyFileSync(path.join(process.cwd(), "content", "clinic.yaml"), path.join(contentRoot, "clinic.yaml"));

  return {
    contentRoot,
    publicDir,
    /** Writes content/<relative> and returns the path content:check prints for it. */
    write(relative: string, text: string): string {
      writeFileSync(path.join(contentRoot, relative), text);
      return relativeToRoot(path.join(contentRoot, relative));
    },
    image(name: string, data: Buffer) {
      writeFileSync(path.join(publicDir, "images", name), data);
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A file with frontmatter lines and a body. */
export const mdx = (frontmatter: string[], body = "Some text.") => `---\n${frontmatter.join("\n")}\n---\n\n${body}\n`;

/** The licence fields California requires for the medical director and every reviewer (B&P §680.5). */
export const licenceFields = [
  'highestDegree: "MD"',
  'licenseType: "Physician and Surgeon"',
  'licenseNumber: "A123456"',
  'licensingBoard: "Medical Board of California"',
  'licenseLookup: "https://search.dca.ca.gov/"',
];

export const clinician = mdx(
  ['name: "Dr. Jordan Rivera"', 'credentials: "MD, psychiatrist"', 'role: "Medical Director"', ...licenceFields],
  "A short bio.",
);

export const articleFields = [
  'title: "About ketamine"',
  'description: "What ketamine therapy is."',
  'date: "2026-03-14"',
];
