import { describe, expect, it } from "vitest";
import { getArticles, getRelatedArticles, type Article } from "./articles";

describe("related articles", () => {
  it("lists each article once, also when the article passed in comes from another load", () => {
    const articles = getArticles({ includeDrafts: true });
    const withTags = articles.find((article) => article.tags.length > 0);
    expect(withTags, "content/articles needs an article with tags").toBeTruthy();
    // A copy, as a fresh load in `npm run dev` makes: same slug, different object.
    const copy: Article = structuredClone(withTags!);
    for (const article of [withTags!, copy]) {
      const related = getRelatedArticles(article, 10, { includeDrafts: true });
      const slugs = related.map((other) => other.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      expect(slugs).not.toContain(article.slug);
    }
  });

  it("counts shared tags per article, not per object", () => {
    const [first] = getArticles({ includeDrafts: true });
    // Two tags shared with every article carrying them: each still appears once.
    const doubled: Article = { ...structuredClone(first!), tags: [...first!.tags, ...first!.tags] };
    const slugs = getRelatedArticles(doubled, 10, { includeDrafts: true }).map((other) => other.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});
