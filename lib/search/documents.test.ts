import { describe, expect, it } from "vitest";
import { searchDocuments } from "./documents";

describe("searchDocuments", () => {
  it("holds the English articles, clinic pages at their addresses and each FAQ answer", () => {
    const documents = searchDocuments("en");
    const urls = documents.map((document) => document.url);
    expect(urls).toContain("/articles/why-does-ketamine-therapy-work");
    expect(urls).toContain("/");
    expect(urls).toContain("/costs");
    expect(urls).toContain("/faq");
    expect(urls).toContain("/faq#what-is-ketamine-therapy");
    expect(urls).not.toContain("/home");
    expect(new Set(urls).size).toBe(urls.length);
    const faq = documents.find((document) => document.url === "/faq#what-is-ketamine-therapy")!;
    expect(faq).toMatchObject({ kind: "faq", title: "What is ketamine therapy?" });
    // The FAQ page keeps its own text; the answers are found as answers.
    const faqPage = documents.find((document) => document.url === "/faq")!;
    expect(faqPage.sentences.join(" ")).not.toContain(faq.sentences[0]);
    const seed = documents.find((document) => document.url === "/articles/why-does-ketamine-therapy-work")!;
    expect(seed.title).toBe("Why Does Ketamine Therapy Work?");
    expect(seed.headings.length).toBeGreaterThan(0);
    expect(seed.sentences.every((sentence) => !sentence.includes("<") && sentence.trim() === sentence)).toBe(true);
  });

  it("holds the Spanish articles and pages at their Spanish addresses", () => {
    const urls = searchDocuments("es").map((document) => document.url);
    expect(urls).toContain("/es/articulos/por-que-funciona-la-terapia-con-ketamina");
    expect(urls).toContain("/es");
    expect(urls).toContain("/es/preguntas-frecuentes#que-es-la-terapia-con-ketamina");
    expect(urls.every((url) => url.startsWith("/es"))).toBe(true);
  });
});
