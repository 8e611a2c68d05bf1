import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { articleFields, clinician, licenceFields, makeContentFolder, mdx } from "@/tests/support/content-folder";
import { imageBytes } from "@/tests/support/images";
import { checkContent } from "./check";
import { formatProblem, type ContentProblem } from "./problems";

let folder: ReturnType<typeof makeContentFolder>;
beforeEach(() => {
  folder = makeContentFolder();
  folder.write("team/medical-director.mdx", clinician);
});
afterEach(() => folder.remove());

const today = "2026-11-26";
const check = () => checkContent({ contentRoot: folder.contentRoot, publicDir: folder.publicDir, today });
/** file:line:column [rule] of each problem: enough to see what was found where. */
const where = (problems: ContentProblem[]) =>
  problems.map((p) => `${p.file.split("/").slice(-2).join("/")}:${p.line ?? "-"}:${p.column ?? "-"} ${p.severity} [${p.rule}]`);

describe("checkContent", () => {
  it("passes a correct folder: reviewed article, images with alt text, clinician with photo", async () => {
    folder.image("room.jpg", imageBytes.jpeg(1600, 900));
    folder.image("team-rivera.png", imageBytes.png(400, 400));
    folder.write(
      "team/medical-director.mdx",
      mdx([
        'name: "Dr. Jordan Rivera"',
        'credentials: "MD"',
        'role: "Medical Director"',
        'photo: "/images/team-rivera.png"',
        'photoAlt: "Dr. Rivera in the clinic"',
        ...licenceFields,
      ]),
    );
    folder.write(
      "articles/reviewed.mdx",
      mdx(
        [...articleFields, 'image: "/images/room.jpg"', 'imageAlt: "A quiet room"', "reviewedBy: medical-director", 'lastReviewed: "2026-03-01"'],
        "Intro.\n\n![A reclining chair by a window](/images/room.jpg)",
      ),
    );
    expect(await check()).toEqual([]);
  });

  it("reports every error of several broken files in one run", async () => {
    folder.write("articles/colon-title.mdx", mdx(["title: Ketamine: what to know", ...articleFields.slice(1)]));
    folder.write(
      "articles/claims.mdx",
      mdx(
        [...articleFields, "reviewedBy: dr-nobody", 'lastReviewed: "2026-01-10"'],
        "Ketamine is non-addictive.\n\n![](/images/missing.jpg)\n\nIt can cure depression.",
      ),
    );
    folder.write("pages/help.mdx", mdx(['title: "Help"', 'description: "Where to find help."'], "If you think about suicide, talk to someone."));
    folder.write("team/therapist.mdx", mdx(['name: "Alex Morgan"', 'credentials: "LMFT"']));

    expect(where(await check())).toEqual([
      "articles/claims.mdx:5:13 error [reviewedBy]",
      "articles/claims.mdx:9:13 error [claims/non-addictive]",
      "articles/claims.mdx:11:1 error [image/alt]",
      "articles/claims.mdx:11:1 error [image/missing]",
      "articles/claims.mdx:13:8 error [claims/cure]",
      "articles/colon-title.mdx:2:8 error [frontmatter/yaml]",
      "pages/help.mdx:6:20 error [safe-messaging/crisis-note]",
      "team/therapist.mdx:2:- error [role]",
    ]);
  });

  it("says what is wrong with each image, and how to fix it", async () => {
    folder.image("notes.bmp", Buffer.from("BM not supported"));
    folder.image("broken.png", Buffer.from("not really a png"));
    const file = folder.write(
      "articles/images.mdx",
      mdx(
        [...articleFields, 'image: "/images/cover.jpg"', 'imageAlt: "A cover"'],
        [
          "![A chart](https://example.com/chart.png)",
          "![A chart](/images/chart.png)",
          "![Notes](/images/notes.bmp)",
          "![Broken](/images/broken.png)",
          '<img src="/images/chart.png" alt="A chart" />',
        ].join("\n\n"),
      ),
    );
    const problems = await check();
    expect(problems.map(formatProblem)).toEqual([
      `${file}:5:9  error  [image]
  Problem: The image /images/cover.jpg does not exist: there is no file public/images/cover.jpg.
  Fix: Copy the image file into public/images/ or correct the path (it is case-sensitive).`,
      `${file}:9:1  error  [image/path]
  Problem: The image "https://example.com/chart.png" is not a file in public/images/. Images from other websites are not allowed (they would tell another company who reads our pages).
  Fix: Save the image in public/images/ and write its path starting with /images/, e.g. "/images/calm-room.jpg".`,
      `${file}:11:1  error  [image/missing]
  Problem: The image /images/chart.png does not exist: there is no file public/images/chart.png.
  Fix: Copy the image file into public/images/ or correct the path (it is case-sensitive).`,
      `${file}:13:1  error  [image/format]
  Problem: The image /images/notes.bmp is not in a format the site can show.
  Fix: Save it as JPEG (.jpg), PNG, WebP, GIF or SVG.`,
      `${file}:15:1  error  [image/format]
  Problem: The size of the image /images/broken.png could not be read; the file may be damaged or not really an image.
  Fix: Export it again as JPEG (.jpg), PNG, WebP, GIF or SVG and replace the file.`,
      `${file}:17:1  error  [image/html]
  Problem: Images are written in Markdown, not as <img> tags.
  Fix: Write ![A short description of the picture](/images/file.jpg) on its own line instead.`,
    ]);
  });

  it("requires alt text on every image", async () => {
    folder.image("room.jpg", imageBytes.jpeg(1600, 900));
    const file = folder.write("articles/alt.mdx", mdx(articleFields, "![](/images/room.jpg)"));
    expect((await check()).map(formatProblem)).toEqual([
      `${file}:7:1  error  [image/alt]
  Problem: The image /images/room.jpg has no alt text (the words in the square brackets).
  Fix: Describe what the picture shows in a short sentence, e.g. ![A quiet treatment room with a reclining chair](/images/room.jpg). Only purely decorative images may go without, and articles should not have those.`,
    ]);
  });

  it("checks a clinician's photo", async () => {
    const file = folder.write(
      "team/medical-director.mdx",
      mdx([
        'name: "Dr. Jordan Rivera"',
        'credentials: "MD"',
        'role: "Medical Director"',
        'photo: "/images/team/rivera.jpg"',
        'photoAlt: "Dr. Rivera in the clinic"',
        ...licenceFields,
      ]),
    );
    expect((await check()).map(formatProblem)).toEqual([
      `${file}:5:9  error  [photo]
  Problem: The image /images/team/rivera.jpg does not exist: there is no file public/images/team/rivera.jpg.
  Fix: Copy the image file into public/images/ or correct the path (it is case-sensitive).`,
    ]);
  });
});

describe("team photos", () => {
  it("need alt text", async () => {
    const folder = makeContentFolder();
    try {
      folder.write(
        "team/medical-director.mdx",
        mdx(['name: "Dr. Jordan Rivera"', 'credentials: "MD"', 'role: "Medical Director"', 'photo: "/images/team.png"']),
      );
      const problems = await checkContent({ contentRoot: folder.contentRoot, publicDir: folder.publicDir });
      expect(problems.map((problem) => problem.rule)).toContain("photoAlt");
    } finally {
      folder.remove();
    }
  });
});

describe("medical review", () => {
  it("rejects a reviewer who is not in content/team/", async () => {
    const file = folder.write("articles/a.mdx", mdx([...articleFields, "reviewedBy: dr-who", 'lastReviewed: "2026-03-01"']));
    expect((await check()).map(formatProblem)).toEqual([
      `${file}:5:13  error  [reviewedBy]
  Problem: "reviewedBy" names "dr-who", but there is no content/team/dr-who.mdx.
  Fix: Use one of: medical-director, or add the clinician to content/team/.`,
    ]);
  });

  it("rejects reviewedBy without lastReviewed", async () => {
    const file = folder.write("articles/a.mdx", mdx([...articleFields, "reviewedBy: medical-director"]));
    expect((await check()).map(formatProblem)).toEqual([
      `${file}  error  [lastReviewed]
  Problem: "lastReviewed" is missing: an article with reviewedBy must also say when it was reviewed.
  Fix: Write the date of the medical review in quotes as YYYY-MM-DD, e.g. lastReviewed: "2026-03-14".`,
    ]);
  });

  it("warns (without failing) when the review is more than 12 months old", async () => {
    const file = folder.write("articles/old.mdx", mdx([...articleFields, "reviewedBy: medical-director", 'lastReviewed: "2025-11-25"']));
    // Due today: not overdue yet, but within the 30 days' notice of the review cycle (issue 22).
    const recent = folder.write("articles/recent.mdx", mdx([...articleFields, "reviewedBy: medical-director", 'lastReviewed: "2025-11-26"']));
    expect((await check()).map(formatProblem)).toEqual([
      `${file}:6:16  warning  [lastReviewed]
  Problem: The medical review of 2025-11-25 is more than 12 months old.
  Fix: Ask a clinician to review the article again, then set lastReviewed to the date of the new review.`,
      `${recent}:6:16  warning  [review/due-soon]
  Problem: The next review of this article is due on 2026-11-26, within 30 days.
  Fix: Ask a clinician to review the article again, then set lastReviewed to the date of the new review.`,
    ]);
  });
});

describe("the real content folder", () => {
  it("has no errors (the linter raises no false alarms on it)", async () => {
    const errors = (await checkContent()).filter((problem) => problem.severity === "error");
    expect(errors.map(formatProblem)).toEqual([]);
  });
});
