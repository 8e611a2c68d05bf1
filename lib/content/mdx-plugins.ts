import type { Element, Root as HastRoot } from "hast";
import { toString } from "hast-util-to-string";
import type { Root as MdastRoot } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { imageSize } from "./images";

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

/** The JSX components staff may use in MDX. Anything else is a content error. */
export const allowedComponents = [
  "Callout",
  "CrisisNote",
  "ConsultationCta",
  "Faq",
  "FaqItem",
  "ClinicPhone",
  "ClinicEmail",
] as const;
const allowed = new Set<string>(allowedComponents);
/** Raw HTML that could run code or pull in third-party content is never allowed. */
const forbiddenHtml = new Set(["script", "style", "iframe", "object", "embed", "form", "link", "meta"]);

export interface MdxCheckFinding {
  line?: number;
  column?: number;
  rule: string;
  message: string;
  fix: string;
}

/**
 * remark plugin: rejects imports/exports, `{expressions}` (other than comments) and components
 * outside the allow-list, so staff files can only use what the site documents.
 */
export function remarkAllowList() {
  return (tree: MdastRoot, file: VFile) => {
    const findings: MdxCheckFinding[] = [];
    visit(tree, (node) => {
      const position = node.position?.start;
      const at = { line: position?.line, column: position?.column };
      if (node.type === "mdxjsEsm") {
        findings.push({
          ...at,
          rule: "mdx/import",
          message: "Articles cannot import or export code.",
          fix: "Remove the import/export line; use the components listed in CONTENT.md, which are always available.",
        });
      } else if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
        const isComment = /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value);
        if (!isComment) {
          findings.push({
            ...at,
            rule: "mdx/expression",
            message: `Curly braces {…} are read as code: "{${node.value.trim().slice(0, 40)}}".`,
            fix: "Remove the braces, or write \\{ and \\} to show them as text. Comments {/* like this */} are fine.",
          });
        }
      } else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
        const name = node.name ?? "";
        // Attributes are text (title="…"); code in braces would be dropped from the page without a word.
        const codeAttribute = node.attributes.find(
          (attribute) =>
            attribute.type === "mdxJsxExpressionAttribute" ||
            (typeof attribute.value === "object" && attribute.value !== null),
        );
        if (codeAttribute) {
          const attributeName = codeAttribute.type === "mdxJsxAttribute" ? `"${codeAttribute.name}" ` : "";
          findings.push({
            ...at,
            rule: "mdx/expression",
            message: `An attribute ${attributeName}of <${name}> is written as code in braces {…}.`,
            fix: 'Write it as text in quotes instead, e.g. title="Before your first session".',
          });
        }
        if (/^[A-Z]/.test(name) && !allowed.has(name)) {
          findings.push({
            ...at,
            rule: "mdx/component",
            message: `<${name}> is not a component the site knows.`,
            fix: `Use one of: ${allowedComponents.map((c) => `<${c}>`).join(", ")} (see CONTENT.md), or check the spelling.`,
          });
        } else if (name === "img") {
          findings.push({
            ...at,
            rule: "image/html",
            message: "Images are written in Markdown, not as <img> tags.",
            fix: 'Write ![A short description of the picture](/images/file.jpg) on its own line instead.',
          });
        } else if (forbiddenHtml.has(name.toLowerCase())) {
          findings.push({
            ...at,
            rule: "mdx/html",
            message: `<${name}> is not allowed in content: it could load or run something from outside the site.`,
            fix: "Remove it. For a video or map, link to it instead.",
          });
        }
      }
    });
    file.data.findings = findings;
  };
}

/** remark plugin: keeps the Markdown tree (mdast) for the content checks that read its text. */
export function remarkKeepTree() {
  return (tree: MdastRoot, file: VFile) => {
    file.data.mdast = tree;
  };
}

/**
 * rehype plugin: gives every image in public/images/ its width and height, read from the file,
 * so next/image can reserve its space (no layout shift). content:check reports missing files.
 */
export function rehypeImageSize({ publicDir }: { publicDir: string }) {
  return (tree: HastRoot) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "img" || typeof node.properties.src !== "string") return;
      const size = imageSize(node.properties.src, publicDir);
      if (size) Object.assign(node.properties, size);
    });
  };
}

/** rehype plugin: collects h2/h3 (after rehype-slug gave them ids) for the table of contents. */
export function rehypeCollectToc() {
  return (tree: HastRoot, file: VFile) => {
    const toc: TocEntry[] = [];
    visit(tree, "element", (node: Element) => {
      if ((node.tagName === "h2" || node.tagName === "h3") && typeof node.properties.id === "string") {
        toc.push({ id: node.properties.id, text: toString(node).trim(), depth: node.tagName === "h2" ? 2 : 3 });
      }
    });
    file.data.toc = toc;
  };
}

/**
 * rehype plugin, last in the chain: keeps the finished HTML tree (hast, with the <Callout>-style
 * components still as MDX JSX nodes). Pages render it to static HTML (components/mdx/mdx-html.ts)
 * instead of running the compiled JavaScript, so React never serializes or hydrates article text.
 */
export function rehypeKeepTree() {
  return (tree: HastRoot, file: VFile) => {
    // The MDX compiler turns the tree into JavaScript next and may change it on the way: keep a copy.
    file.data.hast = structuredClone(tree);
  };
}

declare module "vfile" {
  interface DataMap {
    toc: TocEntry[];
    findings: MdxCheckFinding[];
    mdast: MdastRoot;
    hast: HastRoot;
  }
}
