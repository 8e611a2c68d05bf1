import { createHash } from "node:crypto";
import type { Nodes, Root } from "mdast";
import { getArticles } from "@/lib/content/articles";
import { parseMdx } from "@/lib/content/mdx";
import { mdxComponentNames, mdxComponentSpec } from "@/lib/content/mdx-components";
import { homePageSlug, pagePath } from "@/lib/content/page-routes";
import { getPages } from "@/lib/content/pages";
import { getSpanishArticles, getSpanishHome, getSpanishPages } from "@/lib/content/translations";
import type { Locale } from "@/lib/i18n/messages";
import { spanishArticlePath, spanishHomePath, spanishPagePath } from "@/lib/i18n/paths";
import { extractFaq, faqItemId } from "@/lib/seo/faq";

export type DocumentKind = "article" | "page" | "faq";

/** One thing a search can find, at its public address. */
export interface SearchDocument {
  /** Its address, which is also its id (unique within a language). */
  url: string;
  kind: DocumentKind;
  title: string;
  /** Section headings (h2–h4), for the boosted field. */
  headings: string[];
  /** What a reader sees, sentence by sentence (the description first): passages are cut from it. */
  sentences: string[];
}

interface Source {
  url: string;
  kind: "article" | "page";
  title: string;
  description: string;
  body: string;
  bodyStartLine: number;
}

/**
 * Every searchable document of one language: published articles (never drafts), the clinic pages
 * at their public addresses, and each FAQ answer as a document of its own, linking to its
 * question on the FAQ page (the FAQ page itself keeps only the text around the questions, so a
 * word in an answer finds the answer once, not the answer and the page).
 */
/**
 * Documents already made from a source, by a key of everything they are made from: a build reads
 * the previous build's (scripts/search-index.ts keeps them in node_modules/.cache/shamynds/), so
 * only new or changed files are parsed again (parsing MDX is most of the time: about 8 ms a file).
 */
export interface DocumentCache {
  previous: ReadonlyMap<string, SearchDocument[]>;
  /** Filled with the entries used by this run (so a removed file's entry is dropped). */
  next: Map<string, SearchDocument[]>;
}

export function searchDocuments(language: Locale, cache?: DocumentCache): SearchDocument[] {
  const sources: Source[] =
    language === "es"
      ? [
          ...getSpanishArticles({ includeDrafts: false }).map((article) => ({
            ...article,
            url: spanishArticlePath(article.slug),
            kind: "article" as const,
            title: article.frontmatter.title,
            description: article.frontmatter.description,
          })),
          ...[getSpanishHome(), ...getSpanishPages()]
            .filter((page) => page !== undefined)
            .map((page) => ({
              ...page,
              url: page.slug === homePageSlug ? spanishHomePath : spanishPagePath(page.slug),
              kind: "page" as const,
              title: page.frontmatter.title,
              description: page.frontmatter.description,
            })),
        ]
      : [
          ...getArticles({ includeDrafts: false }).map((article) => ({
            ...article,
            url: `/articles/${article.slug}`,
            kind: "article" as const,
            title: article.frontmatter.title,
            description: article.frontmatter.description,
          })),
          ...getPages().map((page) => ({
            ...page,
            url: pagePath(page.slug),
            kind: "page" as const,
            title: page.frontmatter.title,
            description: page.frontmatter.description,
          })),
        ];
  // What inline components show (<ClinicPhone />) is part of the text, so it is part of the key.
  const shown = mdxComponentNames.map((name) => mdxComponentSpec(name)?.text?.() ?? "");
  return sources.flatMap((source) => {
    if (!cache) return documentsOf(source, language);
    const { url, kind, title, description, body } = source;
    const key = createHash("sha256")
      .update(JSON.stringify([language, url, kind, title, description, body, shown]))
      .digest("base64url");
    const documents = cache.previous.get(key) ?? documentsOf(source, language);
    cache.next.set(key, documents);
    return documents;
  });
}

function documentsOf(source: Source, language: Locale): SearchDocument[] {
  // Parsed only (no HTML, no images): the text is all search needs, and parsing is fast.
  const { tree } = parseMdx(source.body, source.bodyStartLine);
  const { headings, blocks } = readableText(tree);
  const page: SearchDocument = {
    url: source.url,
    kind: source.kind,
    title: source.title,
    headings,
    sentences: sentencesOf([source.description, ...blocks], language),
  };
  const faq = extractFaq(tree).map((entry): SearchDocument => ({
    url: `${source.url}#${faqItemId(entry.question)}`,
    kind: "faq",
    title: entry.question,
    headings: [],
    sentences: sentencesOf(entry.answer.split("\n\n"), language),
  }));
  return [page, ...faq];
}

/** Headings and blocks of text (paragraphs, list items, table cells) a reader sees, in order. */
function readableText(tree: Root): { headings: string[]; blocks: string[] } {
  const headings: string[] = [];
  const blocks: string[] = [];
  const visit = (node: Nodes) => {
    switch (node.type) {
      case "heading":
        headings.push(clean(inlineText(node)));
        return;
      case "paragraph":
      case "tableCell":
        blocks.push(clean(inlineText(node)));
        return;
      case "code":
      case "html":
      case "mdxjsEsm":
      case "mdxFlowExpression":
        return;
      case "mdxJsxFlowElement":
        // FAQ answers are documents of their own (above).
        if (mdxComponentSpec(node.name ?? "")?.faqQuestion) return;
        break;
    }
    if ("children" in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return { headings: headings.filter(Boolean), blocks: blocks.filter(Boolean) };
}

function inlineText(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return " ";
    case "mdxTextExpression":
    case "html":
      return "";
    case "mdxJsxTextElement": {
      // What an inline component such as <ClinicPhone /> shows on the page.
      const text = mdxComponentSpec(node.name ?? "")?.text;
      if (text) return text();
      break;
    }
  }
  return "children" in node ? node.children.map((child) => inlineText(child as Nodes)).join("") : "";
}

const clean = (text: string) => text.replace(/\s+/g, " ").trim();

/** Sentences of each block, split by the language's own rules (Intl.Segmenter). */
function sentencesOf(blocks: string[], language: Locale): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
  return blocks.flatMap((block) =>
    [...segmenter.segment(clean(block))].map((part) => part.segment.trim()).filter(Boolean),
  );
}
