import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { articleFields, clinician, makeContentFolder, mdx } from "@/tests/support/content-folder";
import { checkContent } from "./check";
import type { ContentProblem } from "./problems";

let folder: ReturnType<typeof makeContentFolder>;
beforeEach(() => {
  folder = makeContentFolder();
  folder.write("team/medical-director.mdx", clinician);
});
afterEach(() => folder.remove());

const today = "2026-11-26";
const rules = (problems: ContentProblem[]) => problems.map((p) => `${p.line}:${p.rule}`);

describe("content:check reports every independent problem of a file in one run", () => {
  it("one file with five independent mistakes gives five findings", async () => {
    folder.write(
      "articles/five.mdx",
      mdx(
        [
          'title: "About ketamine"',
          `description: "${"Far too long. ".repeat(15)}"`, // 1: over 160 characters
          'date: "2026-02-30"', // 2: no such day
        ],
        [
          "<Calout>A note.</Calout>", // 3: unknown component
          "",
          'A <span onmouseover="steal()">hover</span> here.', // 4: event handler (span itself is allowed)
          "",
          "Ketamine is a cure for depression.", // 5: a claim
        ].join("\n"),
      ),
    );
    const problems = await checkContent({ contentRoot: folder.contentRoot, publicDir: folder.publicDir, today });
    expect(rules(problems)).toEqual(["3:description", "4:date", "7:mdx/component", "9:html/event-handler", "11:claims/cure"]);
  });

  it("after a YAML syntax error the body is still checked", async () => {
    folder.write(
      "articles/yaml.mdx",
      mdx(["title: Ketamine: what to know", ...articleFields.slice(1)], '<Calout>x</Calout>\n\n<div style="position:fixed;inset:0">x</div>'),
    );
    const problems = await checkContent({ contentRoot: folder.contentRoot, publicDir: folder.publicDir, today });
    expect(rules(problems)).toEqual(["2:frontmatter/yaml", "7:mdx/component", "9:html/element", "9:html/style"]);
    expect(problems.find((p) => p.rule === "mdx/component")?.fix).toContain("Did you mean <Callout>?");
  });

  it("an unquoted colon, an impossible date and a misspelt component: all three in one run", async () => {
    folder.write(
      "articles/three.mdx",
      mdx(["title: Ketamine: what to know", ...articleFields.slice(1, 2), 'date: "2026-02-30"', ...articleFields.slice(3)], "<Calout>x</Calout>"),
    );
    const problems = await checkContent({ contentRoot: folder.contentRoot, publicDir: folder.publicDir, today });
    expect(rules(problems)).toEqual(["2:frontmatter/yaml", "4:date", "7:mdx/component"]);
  });
});

describe("the content:check cache", () => {
  it("gives the same answer warm as cold, and is never stale when a file changes", async () => {
    const cacheFile = path.join(os.tmpdir(), `content-check-cache-${process.pid}-${Date.now()}.json`);
    const options = { contentRoot: folder.contentRoot, publicDir: folder.publicDir, today, cacheFile };
    const file = folder.write("articles/cached.mdx", mdx(articleFields, "Ketamine is a cure."));
    const cold = await checkContent(options);
    expect(rules(cold)).toEqual(["7:claims/cure"]);
    expect(JSON.parse(readFileSync(cacheFile, "utf8")).files).not.toEqual({});
    expect(await checkContent(options)).toEqual(cold);

    folder.write("articles/cached.mdx", mdx(articleFields, "Ketamine may ease symptoms for some people."));
    expect(await checkContent(options)).toEqual([]);
    // A corrupt cache is ignored, not trusted.
    writeFileSync(cacheFile, "{not json");
    expect(await checkContent(options)).toEqual([]);
    expect(file).toContain("cached.mdx");
  });

  it("checks in worker threads with the same result as in one thread", async () => {
    for (let index = 0; index < 130; index++) {
      folder.write(`articles/a-${index}.mdx`, mdx(articleFields, index % 13 === 0 ? "Ketamine is a cure." : "Plain text."));
    }
    const options = { contentRoot: folder.contentRoot, publicDir: folder.publicDir, today };
    const single = await checkContent({ ...options, workers: 1 });
    const parallel = await checkContent({ ...options, workers: 2 });
    expect(single).toHaveLength(10);
    expect(parallel).toEqual(single);
  }, 60_000);
});
