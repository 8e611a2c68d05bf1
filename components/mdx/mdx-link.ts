import type { Element } from "hast";

/**
 * Links in content. Site-internal, in-page, phone, text-message and mail links stay as written;
 * external links open safely. Any other scheme (javascript:, data:, …) loses its href, so a typo
 * or a pasted snippet can never run code.
 */
export function mdxLink(link: Element): Element {
  const href = typeof link.properties.href === "string" ? link.properties.href : "";
  if (/^(\/|#|tel:|sms:|mailto:)/.test(href)) return link;
  if (/^https?:\/\//i.test(href))
    return { ...link, properties: { ...link.properties, rel: ["noopener", "noreferrer"] } };
  const properties = { ...link.properties };
  delete properties.href;
  return { ...link, properties };
}
