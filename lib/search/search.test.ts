import { describe, expect, it } from "vitest";
import type { SearchDocument } from "./documents";
import { buildIndex, loadIndex, serializeIndex } from "./index";
import { search, type Segment } from "./search";

const document = (url: string, title: string, text: string, headings: string[] = []): SearchDocument => ({
  url,
  kind: "article",
  title,
  headings,
  sentences: text.split(/(?<=\.) /),
});

const english = buildIndex(
  [
    document("/body", "Sleep and rest", "Some people ask whether ketamine affects sleep. Rest is important."),
    document("/title", "Ketamine basics", "What to know before your first visit. Bring a friend."),
    document("/heading", "Preparing for a visit", "Bring a list of medicines.", ["Ketamine and your medicines"]),
    document("/other", "Costs", "Payment and insurance. We give a superbill."),
  ],
  "en",
);

const spanish = buildIndex(
  [
    document("/es/a", "La terapia con ketamina", "La ketamina se estudia para la depresión resistente."),
    document("/es/b", "Costos", "Pagos y seguros médicos."),
  ],
  "es",
);

const marked = (passage: Segment[]) => passage.filter((segment) => segment.marked).map((segment) => segment.text);

describe("search", () => {
  it("ranks a title match above a heading match above a body match", () => {
    expect(search(english, "ketamine").results.map((result) => result.url)).toEqual(["/title", "/heading", "/body"]);
  });

  it("finds words whatever their accents and inflection", () => {
    for (const query of ["depresion", "depresión", "DEPRESIONES"]) {
      expect(
        search(spanish, query).results.map((result) => result.url),
        query,
      ).toEqual(["/es/a"]);
    }
    expect(search(english, "basic").results[0]?.url).toBe("/title");
  });

  it("needs every word when some document has them all, else any word", () => {
    expect(search(english, "ketamine sleep").results.map((result) => result.url)).toEqual(["/body"]);
    expect(search(english, "superbill sleep").total).toBe(2);
  });

  it("accepts the start of the last word and a typo in a long word", () => {
    expect(search(english, "keta").results[0]?.url).toBe("/title");
    expect(search(english, "insurence").results[0]?.url).toBe("/other");
  });

  it("gives the passage around the matched words, with the words marked as written", () => {
    const [result] = search(spanish, "depresion").results;
    expect(result?.passage.map((segment) => segment.text).join("")).toBe(
      "La ketamina se estudia para la depresión resistente.",
    );
    expect(marked(result!.passage)).toEqual(["depresión"]);
    const body = search(english, "sleep ketamine").results[0]!;
    expect(marked(body.passage)).toEqual(["ketamine", "sleep"]);
  });

  it("cuts a long sentence around its first match", () => {
    const long = buildIndex(
      [
        document(
          "/long",
          "Long",
          `${"Filler words go here and on. ".repeat(3).replace(/\. /g, ", ")}${"word ".repeat(80)}ketamine ${"more ".repeat(80)}end.`,
        ),
      ],
      "en",
    );
    const text = long.documents.get("/long")!.sentences.join(" ");
    expect(text.length).toBeGreaterThan(400);
    const passage = search(long, "ketamine")
      .results[0]!.passage.map((segment) => segment.text)
      .join("");
    expect(passage.length).toBeLessThanOrEqual(210);
    expect(passage).toContain("ketamine");
    expect(passage.startsWith("… ")).toBe(true);
    expect(passage.endsWith(" …")).toBe(true);
  });

  it("finds nothing for an empty or nonsense query", () => {
    expect(search(english, "")).toEqual({ total: 0, results: [] });
    expect(search(english, "zzqxv wplmt")).toEqual({ total: 0, results: [] });
  });

  it("searches each distinct word once and at most 12 words of a long query", () => {
    expect(search(english, "ketamine KETAMINE ketamine").results.map((result) => result.url)).toEqual(
      search(english, "ketamine").results.map((result) => result.url),
    );
    const padded = `${Array.from({ length: 12 }, (_, i) => `filler${i}`).join(" ")} superbill`;
    expect(search(english, padded).total).toBe(0);
  });

  it("limits the results and tells how many matched", () => {
    const many = buildIndex(
      Array.from({ length: 30 }, (_, i) => document(`/a${i}`, `Article ${i}`, "About ketamine.")),
      "en",
    );
    const outcome = search(many, "ketamine", { limit: 5 });
    expect(outcome.total).toBe(30);
    expect(outcome.results).toHaveLength(5);
  });

  it("gives the same results after serialization", () => {
    const loaded = loadIndex(serializeIndex(spanish), "es", "test");
    expect(search(loaded, "depresiones")).toEqual(search(spanish, "depresiones"));
    expect(() => loadIndex(serializeIndex(spanish), "en", "es.json")).toThrow(/es.json is not a en search index/);
  });
});
