import type { Element, ElementContent, Properties, Root as HastRoot } from "hast";
import { toString } from "hast-util-to-string";
import { find, html } from "property-information";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { imageSize } from "./images";
import { isMdxComponent } from "./mdx-components";

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

/**
 * rehype plugin, first after remark-rehype: turns the MDX JSX nodes into plain hast elements so
 * the sanitizer and the renderer see one kind of tree. An allowed component becomes an element
 * named after it (<Callout title="…"> → element "Callout" with a title property), which
 * components/mdx/mdx-body.tsx renders with its React component; lowercase HTML written by hand
 * becomes that element with its attributes, for rehype-sanitize to keep or drop. Unknown
 * components, {expressions} and imports are dropped (content:check reports each of them).
 */
export function rehypeMdxToElements() {
  return (tree: HastRoot) => {
    tree.children = tree.children.flatMap((child) => toElements(child as HastNode)) as HastRoot["children"];
  };
}

type HastNode = HastRoot["children"][number];

function toElements(node: HastNode): ElementContent[] {
  if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
    const children = node.children.flatMap((child) => toElements(child as HastNode));
    const name = node.name ?? "";
    if (name === "") return children; // a fragment <>…</>
    if (/^[A-Z]/.test(name) && !isMdxComponent(name)) return [];
    const properties: Properties = {};
    for (const attribute of node.attributes) {
      if (attribute.type !== "mdxJsxAttribute") continue;
      if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== "string") continue;
      const value = attribute.value ?? true;
      properties[isMdxComponent(name) ? attribute.name : find(html, attribute.name).property] = value;
    }
    return [{ type: "element", tagName: name, properties, children }];
  }
  if (node.type === "element") {
    return [{ ...node, children: node.children.flatMap((child) => toElements(child as HastNode)) }];
  }
  if (node.type === "text") return [node];
  return []; // expressions, imports, comments, doctypes
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

declare module "vfile" {
  interface DataMap {
    toc: TocEntry[];
  }
}
