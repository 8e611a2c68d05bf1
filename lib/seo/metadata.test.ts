import { describe, expect, it } from "vitest";
import { getClinic } from "@/lib/content/clinic";
import { articleMetadata, feedPath, pageMetadata, siteImagePath } from "./metadata";
import { absoluteUrl } from "./urls";

const clinic = getClinic();

describe("pageMetadata", () => {
  const metadata = pageMetadata({
    title: "Privacy Notice",
    description: "How we handle what you share.",
    path: "/privacy",
  });

  it("gives the title to the layout's template and keeps the description", () => {
    expect(metadata.title).toBe("Privacy Notice");
    expect(metadata.description).toBe("How we handle what you share.");
  });

  it("sets the canonical path and repeats the RSS alternate (a page's alternates replace the layout's)", () => {
    expect(metadata.alternates?.canonical).toBe("/privacy");
    expect(metadata.alternates?.types).toEqual({
      "application/rss+xml": [{ url: feedPath, title: `${clinic.name} articles` }],
    });
  });

  it("fills Open Graph with the site image and asks for a large Twitter card", () => {
    expect(metadata.openGraph).toMatchObject({
      type: "website",
      title: "Privacy Notice",
      description: "How we handle what you share.",
      url: "/privacy",
      siteName: clinic.name,
      images: [{ url: siteImagePath, width: 1200, height: 630, type: "image/png" }],
    });
    expect(metadata.twitter).toEqual({ card: "summary_large_image" });
  });

  it("does not repeat the clinic's name when the title already has it", () => {
    const home = pageMetadata({
      title: `${clinic.name} — Ketamine therapy`,
      description: "x",
      path: "/",
    });
    expect(home.title).toEqual({
      absolute: `${clinic.name} — Ketamine therapy`,
    });
  });

  it("refuses a path that is not site-relative", () => {
    expect(() => pageMetadata({ title: "x", description: "x", path: "about" })).toThrow(/must start with/);
  });
});

describe("articleMetadata", () => {
  const metadata = articleMetadata({
    title: "Why Does Ketamine Therapy Work?",
    description: "How ketamine acts on the brain.",
    path: "/articles/why-does-ketamine-therapy-work",
    publishedTime: "2024-05-01",
    modifiedTime: "2026-11-20",
    authors: [clinic.name],
    tags: ["depression"],
  });

  it("is an Open Graph article with its published and modified times", () => {
    expect(metadata.openGraph).toMatchObject({
      type: "article",
      publishedTime: "2024-05-01",
      modifiedTime: "2026-11-20",
      authors: [clinic.name],
      tags: ["depression"],
      url: "/articles/why-does-ketamine-therapy-work",
    });
  });

  it("leaves og:image to the segment's opengraph-image file (no images key at all)", () => {
    expect(metadata.openGraph).not.toHaveProperty("images");
  });
});

describe("absoluteUrl", () => {
  it("joins a path to the origin", () => {
    expect(absoluteUrl("/articles", "https://www.shamynds.example")).toBe("https://www.shamynds.example/articles");
    expect(absoluteUrl("/", "https://www.shamynds.example")).toBe("https://www.shamynds.example/");
  });

  it("refuses relative paths", () => {
    expect(() => absoluteUrl("articles", "https://www.shamynds.example")).toThrow();
  });
});
