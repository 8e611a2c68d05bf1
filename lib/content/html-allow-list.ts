import type { Options as Schema } from "rehype-sanitize";
import { find, html } from "property-information";
import { componentAttributes, mdxComponentNames } from "./mdx-components";

/**
 * Raw HTML by allow-list. Staff may write a few plain HTML elements inside their text (e.g.
 * <abbr title="…">); everything else is refused twice over: content:check reports it with the
 * line and the fix (lib/content/mdx-check.ts), and the render pipeline passes every body
 * through rehype-sanitize with `sanitizeSchema`, so nothing outside this list can reach a page
 * even if the check were skipped. Both read the lists below.
 */

/** HTML elements staff may write by hand, with the attributes each accepts (HTML names). */
export const rawHtmlElements: Record<string, readonly string[]> = {
  abbr: ["title"],
  br: [],
  span: [],
  sub: [],
  sup: [],
  kbd: [],
  mark: [],
  small: [],
  q: [],
  dl: [],
  dt: [],
  dd: [],
};

/** What Markdown itself turns into (headings, lists, tables, footnotes), with its attributes. */
const markdownElements: NonNullable<Schema["attributes"]> = {
  p: [],
  h1: [],
  h2: [["className", "sr-only"], "id"], // GFM footnotes' heading
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  ul: [],
  ol: ["start"],
  li: ["id"],
  a: ["href", "title", "id", "dataFootnoteRef", "dataFootnoteBackref", "ariaDescribedBy", "ariaLabel", ["className", "data-footnote-backref"]],
  img: ["src", "alt", "title"],
  strong: [],
  em: [],
  del: [],
  code: [["className", /^language-./]],
  pre: [],
  blockquote: [],
  hr: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: [["align", "left", "center", "right"]],
  td: [["align", "left", "center", "right"]],
  section: ["dataFootnotes", ["className", "footnotes"]],
};

/** Link targets the site supports; relative links (/…, #…) are always fine. */
export const allowedLinkProtocols = ["http", "https", "mailto", "tel", "sms"];

/** Elements removed with everything inside them, not just unwrapped. */
const stripped = ["script", "style", "iframe", "object", "embed", "template", "noscript", "form", "select", "textarea", "svg", "math"];

const toProperty = (attribute: string) => find(html, attribute).property;

export const sanitizeSchema: Schema = {
  tagNames: [...new Set([...Object.keys(markdownElements), ...Object.keys(rawHtmlElements), ...mdxComponentNames])],
  attributes: {
    ...Object.fromEntries(Object.entries(rawHtmlElements).map(([name, attributes]) => [name, attributes.map(toProperty)])),
    ...markdownElements,
    ...Object.fromEntries(mdxComponentNames.map((name) => [name, componentAttributes(name)])),
  },
  protocols: { href: allowedLinkProtocols, src: ["http", "https"], cite: ["http", "https"] },
  // Heading ids are added after sanitizing (rehype-slug); footnote ids come already prefixed.
  clobber: [],
  strip: stripped,
  allowComments: false,
  allowDoctypes: false,
};

/** Whether a link target is relative or uses one of the supported schemes. */
export function isAllowedUrl(url: string): boolean {
  const colon = url.indexOf(":");
  if (colon === -1) return true;
  // A colon after the first /, ? or # is part of a path, not a scheme (as in hast-util-sanitize).
  const firstDelimiter = url.search(/[/?#]/);
  if (firstDelimiter !== -1 && firstDelimiter < colon) return true;
  return allowedLinkProtocols.includes(url.slice(0, colon).toLowerCase());
}
