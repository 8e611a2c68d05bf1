import { describe, expect, it } from "vitest";
import { glossaryPaths } from "@/lib/content/glossary";
import { spanishArticlePath, spanishHomePath, spanishPagePath } from "@/lib/i18n/paths";
import { glossaryUrl, pageForFile, pagesForFiles, spanishRoutes } from "./page-names";

describe("page names", () => {
  it.each([
    [
      "content/articles/why-does-ketamine-therapy-work.mdx",
      "Article: why-does-ketamine-therapy-work",
      "/articles/why-does-ketamine-therapy-work",
    ],
    ["content/pages/costs.mdx", "Page: costs", "/costs"],
    ["content/pages/home.mdx", "Home page", "/"],
    ["content/es/articles/x.mdx", "Spanish article: x", "/es/articulos/x"],
    ["content/es/pages/privacidad.mdx", "Spanish page: privacidad", "/es/privacidad"],
    ["content/es/pages/home.mdx", "Spanish home page", "/es"],
    ["content/team/medical-director.mdx", "Team member: medical-director", "/about"],
    ["content/clinic.yaml", "Clinic details", "/contact"],
    ["content/glossary.yaml", "Glossary", "/glossary"],
    ["public/images/x.jpg", "Image x.jpg", "/images/x.jpg"],
    ["public/images/team/ana.jpg", "Image team/ana.jpg", "/images/team/ana.jpg"],
  ])("%s is %s at %s", (file, label, url) => {
    expect(pageForFile(file)).toEqual({ label, url });
  });

  it("names any other file by its path, with no address", () => {
    expect(pageForFile("content/notes.txt")).toEqual({ label: "content/notes.txt" });
  });

  it("lists each page once", () => {
    expect(
      pagesForFiles(["content/team/a.mdx", "content/team/a.mdx", "content/clinic.yaml"]).map((p) => p.label),
    ).toEqual(["Team member: a", "Clinic details"]);
  });

  it("uses the site's own Spanish and glossary addresses", () => {
    expect(spanishRoutes.article("x")).toBe(spanishArticlePath("x"));
    expect(spanishRoutes.page("x")).toBe(spanishPagePath("x"));
    expect(spanishRoutes.home).toBe(spanishHomePath);
    expect(spanishRoutes.glossary).toBe(glossaryPaths.es);
    expect(glossaryUrl).toBe(glossaryPaths.en);
  });
});
