import type { ElementContent } from "hast";
import { h } from "hastscript";

/** <Faq> groups questions; the page adds FAQPage structured data when it uses this component. */
export function faq(_props: Record<string, string>, children: ElementContent[]) {
  return h("div", { className: "my-8 space-y-4" }, children);
}

/**
 * One question and its answer (the answer in the body's prose style; utilities win over it). Answers stay visible (not collapsed): easier to read, to search
 * with the browser, and to zoom, and what FAQPage structured data expects.
 */
export function faqItem({ question = "" }: { question?: string }, children: ElementContent[]) {
  return h("section", { className: "rounded-xl border border-sand-200 bg-white px-5 py-4" }, [
    h("h2", { className: "m-0 text-lg font-bold text-brand-900" }, question),
    h("div", { className: "prose mt-2" }, children),
  ]);
}
