import type { Element, ElementContent, Properties, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from "mdast-util-mdx-jsx";
import { callout } from "./callout";
import { clinicEmail, clinicPhone } from "./clinic-contact";
import { consultationCta } from "./consultation-cta";
import { crisisNote } from "./crisis-note";
import { faq, faqItem } from "./faq";
import { mdxImage } from "./mdx-image";
import { mdxLink } from "./mdx-link";

/**
 * Article and page bodies as static HTML.
 *
 * An MDX body is prose: nothing in it is interactive. Rendering it as React elements would make
 * Next.js send every paragraph twice (once as HTML, once in the page's React Server Components
 * payload) and hydrate every node. Rendered here to one HTML string and inserted with
 * dangerouslySetInnerHTML, the text travels as HTML only once more, compactly, and React skips it.
 *
 * The string is safe to insert: it comes from the repository's own MDX (compiled at build time,
 * imports and expressions rejected by content:check), and hast-util-to-html escapes every text
 * node and attribute value.
 */

type MdxJsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;
type Component = (props: Record<string, string>, children: ElementContent[]) => ElementContent | null;

/** The components staff may use (the allow-list is lib/content/mdx-plugins.ts). */
const components: Record<string, Component> = {
  Callout: callout,
  ClinicEmail: clinicEmail,
  ClinicPhone: clinicPhone,
  CrisisNote: crisisNote,
  ConsultationCta: consultationCta,
  Faq: faq,
  FaqItem: faqItem,
};

/** Plain elements that get the site's treatment: links, images, and tables that scroll. */
const elements: Record<string, (element: Element) => ElementContent | null> = {
  a: mdxLink,
  img: mdxImage,
  table: (table) =>
    h("div", { className: "overflow-x-auto", tabIndex: 0, role: "region", ariaLabel: "Table" }, [table]),
};

export function mdxToHtml(tree: Root): string {
  return toHtml({ ...tree, children: tree.children.flatMap(renderNode) });
}

/**
 * Whether a body already ends with the consultation box, so the page does not add a second one
 * right after it (an author may end an article or page with <ConsultationCta />).
 */
export function endsWithConsultationCta(tree: Root): boolean {
  const last = tree.children.filter((node) => !(node.type === "text" && node.value.trim() === "")).at(-1);
  return last?.type === "mdxJsxFlowElement" && last.name === "ConsultationCta";
}

/** One hast node with its components rendered; an array because a component may render nothing. */
function renderNode(node: Root["children"][number]): ElementContent[] {
  if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
    return renderJsx(node);
  }
  if (node.type === "element") return treat({ ...node, children: node.children.flatMap(renderNode) });
  if (node.type === "text" || node.type === "comment") return [node];
  // Anything else (MDX expressions and imports: content:check refuses them, and a doctype) is
  // never shown.
  return [];
}

function renderJsx(node: MdxJsxElement): ElementContent[] {
  const children = node.children.flatMap(renderNode);
  const props = literalAttributes(node);
  const name = node.name ?? "";
  const component = components[name];
  if (component) {
    const rendered = component(props, children);
    return rendered ? [rendered] : [];
  }
  // A fragment (<>…</>) or a lowercase HTML element written as JSX, e.g. <abbr title="…">.
  if (name === "") return children;
  return treat(h(name, props as Properties, children));
}

/** An element whose children are already rendered, with the site's treatment for its kind. */
function treat(element: Element): ElementContent[] {
  const special = elements[element.tagName];
  if (!special) return [element];
  const rendered = special(element);
  return rendered ? [rendered] : [];
}

/** The attributes written as text (title="…"). Attributes written as code ({…}) are refused by content:check. */
function literalAttributes(node: MdxJsxElement): Record<string, string> {
  const props: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== "mdxJsxAttribute") continue;
    if (attribute.value === null || attribute.value === undefined) props[attribute.name] = "";
    else if (typeof attribute.value === "string") props[attribute.name] = attribute.value;
  }
  return props;
}
