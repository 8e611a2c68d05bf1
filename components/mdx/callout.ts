import type { ElementContent } from "hast";
import { h } from "hastscript";

/** A highlighted note inside an article: <Callout title="…">text</Callout>. */
export function callout({ title }: { title?: string }, children: ElementContent[]) {
  return h(
    "aside",
    { className: "not-prose my-8 rounded-xl border-l-4 border-brand-600 bg-brand-50 px-5 py-4 text-ink" },
    [
      title ? h("p", { className: "mb-1 font-semibold text-brand-900" }, title) : null,
      h("div", { className: "space-y-3 leading-relaxed [&_a]:underline" }, children),
    ],
  );
}
