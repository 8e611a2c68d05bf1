import { slug } from "github-slugger";
import type { Nodes, Root } from "mdast";
import { visit } from "unist-util-visit";
import { mdxComponentSpec } from "@/lib/content/mdx-components";

export interface FaqEntry {
  question: string;
  /** The answer as plain text; paragraphs separated by a blank line. */
  answer: string;
}

/**
 * The fragment id of one FAQ item on its page (`/faq#what-is-ketamine-therapy`): the question as a
 * slug, accents removed so the address stays plain ASCII. Search results link to it.
 */
export function faqItemId(question: string): string {
  return slug(question.normalize("NFD").replace(/\p{M}+/gu, ""));
}

/**
 * The questions and answers of every FAQ item in an MDX body (the registry's components with a
 * `faqQuestion` attribute: `<FaqItem question="…">answer</FaqItem>`), read from the syntax tree
 * the page was compiled from, for FAQPage structured data. A body without them gives [].
 */
export function extractFaq(tree: Root): FaqEntry[] {
  const entries: FaqEntry[] = [];
  visit(tree, (node) => {
    if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
    const questionAttribute = mdxComponentSpec(node.name ?? "")?.faqQuestion;
    if (!questionAttribute) return;
    const attribute = node.attributes.find(
      (attr) => attr.type === "mdxJsxAttribute" && attr.name === questionAttribute && typeof attr.value === "string",
    );
    const question = typeof attribute?.value === "string" ? attribute.value.trim() : "";
    const answer = node.children.map(blockText).filter(Boolean).join("\n\n");
    if (question && answer) entries.push({ question, answer });
  });
  return entries;
}

/** Text of a block: inline text joined and whitespace collapsed; nested blocks on their own lines. */
function blockText(node: Nodes): string {
  if (isBlockContainer(node)) {
    return node.children
      .map((child) => blockText(child as Nodes))
      .filter(Boolean)
      .join("\n\n");
  }
  return inlineText(node).replace(/\s+/g, " ").trim();
}

function inlineText(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
    case "code":
      return node.value;
    case "break":
      return " ";
    // {/* comments */} and any other expression are not part of the answer a reader sees.
    case "mdxTextExpression":
    case "mdxFlowExpression":
    case "mdxjsEsm":
    case "html":
      return "";
    case "mdxJsxTextElement": {
      // What an inline component such as <ClinicPhone /> shows on the page, from the registry.
      const text = mdxComponentSpec(node.name ?? "")?.text;
      if (text) return text();
      return node.children.map((child) => inlineText(child as Nodes)).join("");
    }
    default:
      return "children" in node ? node.children.map((child) => inlineText(child as Nodes)).join("") : "";
  }
}

function isBlockContainer(node: Nodes): node is Extract<Nodes, { children: unknown[] }> {
  return (
    node.type === "list" ||
    node.type === "listItem" ||
    node.type === "blockquote" ||
    node.type === "mdxJsxFlowElement" ||
    node.type === "root"
  );
}
