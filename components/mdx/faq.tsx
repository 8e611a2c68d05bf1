import type { ReactNode } from "react";
import { faqItemId } from "@/lib/seo/faq";

/** <Faq> groups questions; the page adds FAQPage structured data when it uses this component. */
export function Faq({ children }: { children?: ReactNode }) {
  return <div className="my-8 space-y-4">{children}</div>;
}

/**
 * One question and its answer, closed until the reader opens it: a native <details>, so it opens
 * and closes without JavaScript, the browser's find-in-page opens a match, and a phone shows the
 * list of questions instead of 8,000 px of answers. The question stays a heading for screen
 * reader navigation; the answer is in the body's prose style. Structured data lists every answer.
 */
export function FaqItem({ question, children }: { question: string; children?: ReactNode }) {
  return (
    <details id={faqItemId(question)} className="group scroll-mt-4 rounded-xl border border-sand-200 bg-white px-5">
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-4 py-4 [&::-webkit-details-marker]:hidden">
        <h2 className="m-0 text-lg font-bold text-brand-900">{question}</h2>
        <span aria-hidden="true" className="text-2xl leading-none text-brand-700 group-open:rotate-45">
          +
        </span>
      </summary>
      <div className="prose pb-4">{children}</div>
    </details>
  );
}
