import type { ReactNode } from "react";

/** <Faq> groups questions; the page adds FAQPage structured data when it uses this component. */
export function Faq({ children }: { children: ReactNode }) {
  return <div className="not-prose my-8 space-y-4">{children}</div>;
}

/**
 * One question and its answer. Answers stay visible (not collapsed): easier to read, to search
 * with the browser, and to zoom, and what FAQPage structured data expects.
 */
export function FaqItem({ question, children }: { question: string; children: ReactNode }) {
  return (
    <section className="rounded-xl border border-sand-200 bg-white px-5 py-4">
      <h2 className="text-lg font-bold text-brand-900">{question}</h2>
      <div className="prose prose-lg mt-2 max-w-none text-ink">{children}</div>
    </section>
  );
}
