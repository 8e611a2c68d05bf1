import { createProcessor } from "@mdx-js/mdx";
import type { Nodes, Root } from "mdast";
import remarkGfm from "remark-gfm";
import { visit } from "unist-util-visit";
import { getClinic } from "@/lib/content/clinic";

export interface FaqEntry {
  question: string;
  /** The answer as plain text; paragraphs separated by a blank line. */
  answer: string;
}

const parser = createProcessor({ remarkPlugins: [remarkGfm] });

/**
 * The questions and answers of every `<FaqItem question="…">answer</FaqItem>` in an MDX body,
 * read from the syntax tree (not by pattern matching), for FAQPage structured data.
 * A page without FaqItems gives an empty list.
 */
export function extractFaq(mdxBody: string): FaqEntry[] {
  const tree = parser.parse(mdxBody) as Root;
  const entries: FaqEntry[] = [];
  visit(tree, (node) => {
    if ((node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") || node.name !== "FaqItem") return;
    const attribute = node.attributes.find(
      (attr) => attr.type === "mdxJsxAttribute" && attr.name === "question" && typeof attr.value === "string",
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
    case "mdxJsxTextElement":
      // What <ClinicPhone /> and <ClinicEmail /> show on the page (components/mdx/clinic-contact.ts).
      if (node.name === "ClinicPhone") return getClinic().phoneDisplay;
      if (node.name === "ClinicEmail") return getClinic().email;
      return node.children.map((child) => inlineText(child as Nodes)).join("");
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
