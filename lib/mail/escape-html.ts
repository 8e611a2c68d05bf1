/**
 * Escapes text for an HTML text node or a quoted attribute value. The email templates only ever
 * put submitted values in those two places, so these five replacements are sufficient (they are
 * the same five React escapes); no user value is used as a URL, tag name or unquoted attribute.
 * A hand-written helper rather than react-dom/server because this runs inside server actions,
 * where Next.js forbids importing react-dom/server, and it avoids a dependency for ten lines.
 */
const replacements: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => replacements[character] ?? character);
}
