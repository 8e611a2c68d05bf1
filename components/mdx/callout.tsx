import type { ReactNode } from "react";

/** A highlighted note inside an article: <Callout title="…">text</Callout>. */
export function Callout({ title, children }: { title?: string; children?: ReactNode }) {
  return (
    <aside className="not-prose my-8 rounded-xl border-l-4 border-brand-600 bg-brand-50 px-5 py-4 text-ink">
      {title ? <p className="mb-1 font-semibold text-brand-900">{title}</p> : null}
      <div className="space-y-3 leading-relaxed [&_a]:underline">{children}</div>
    </aside>
  );
}
