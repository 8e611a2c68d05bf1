import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { articleFields, clinician, makeContentFolder, mdx } from "@/tests/support/content-folder";

let folder: ReturnType<typeof makeContentFolder>;
beforeEach(() => {
  folder = makeContentFolder();
  folder.write("team/medical-director.mdx", clinician);
  folder.write("articles/about-ketamine.mdx", mdx(articleFields));
  mkdirSync(path.join(folder.contentRoot, "es", "articles"), { recursive: true });
  mkdirSync(path.join(folder.contentRoot, "es", "pages"), { recursive: true });
});
afterEach(() => folder.remove());

function contentCheck() {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const run = spawnSync(
    tsx,
    ["scripts/content-check.ts", "--content-dir", folder.contentRoot, "--public-dir", folder.publicDir],
    { encoding: "utf8", env: { ...process.env, NODE_ENV: "test" } },
  );
  return { status: run.status, stdout: run.stdout };
}

const spanishFields = [
  'title: "Sobre la ketamina"',
  'description: "Qué es la terapia con ketamina."',
  'date: "2026-03-14"',
  "translationOf: about-ketamine",
];

describe("npm run content:check on Spanish content (content/es/)", () => {
  it('fails a Spanish article saying ketamine is "aprobado por la FDA", at file:line:column, in English for staff', () => {
    const file = folder.write(
      "es/articles/sobre-la-ketamina.mdx",
      mdx(spanishFields, "Primer párrafo.\n\nEl tratamiento con ketamina está aprobado por la FDA para la depresión."),
    );
    const { status, stdout } = contentCheck();
    expect(status).toBe(1);
    // Frontmatter is lines 1–6, the blank line 7, the first paragraph line 8, the claim line 10.
    expect(stdout).toContain(`${file}:10:34  error  [claims/fda-approved]`);
    expect(stdout).toContain(
      'Problem: "aprobado por la FDA" ("approved by the FDA") says that ketamine is FDA-approved',
    );
    expect(stdout).toContain("Content check failed: 1 error(s), 0 warning(s).");
  }, 30_000);

  it("applies every Spanish rule: no adictivo, cura, se suicidó, and suicide without <CrisisNote />", () => {
    const file = folder.write(
      "es/articles/sobre-la-ketamina.mdx",
      mdx(spanishFields, "La ketamina no es adictiva. Cura la depresión.\n\nSu hermano se suicidó el año pasado."),
    );
    const { status, stdout } = contentCheck();
    expect(status).toBe(1);
    expect(stdout).toContain(`${file}:8:13  error  [claims/non-addictive]`);
    expect(stdout).toContain(`${file}:8:29  error  [claims/cure]`);
    expect(stdout).toContain(`${file}:10:12  error  [safe-messaging/committed-suicide]`);
    expect(stdout).toContain('Fix: Write "murió por suicidio" instead of "se suicidó".');
    expect(stdout).toContain("[safe-messaging/crisis-note]");
    expect(stdout).toContain('mentions suicide ("suicidó")');
  }, 30_000);

  it("passes honest Spanish text, and checks translationOf and the reviewer", () => {
    folder.write(
      "es/articles/sobre-la-ketamina.mdx",
      mdx(
        [...spanishFields, "translationReviewedBy: medical-director"],
        "La FDA no ha aprobado la ketamina para la depresión. La esketamina (Spravato) está aprobada por la FDA para indicaciones específicas. La ketamina no es una cura.",
      ),
    );
    expect(contentCheck().status).toBe(0);

    const wrong = folder.write(
      "es/pages/preguntas.mdx",
      mdx(['title: "Preguntas"', 'description: "Preguntas."', "translationOf: faq", "translationReviewedBy: nobody"]),
    );
    const { status, stdout } = contentCheck();
    expect(status).toBe(1);
    expect(stdout).toContain(`${wrong}:4:16  error  [translationOf]`);
    expect(stdout).toContain("there is no content/pages/faq.mdx");
    expect(stdout).toContain(`${wrong}:5:24  error  [translationReviewedBy]`);
  }, 30_000);
});
