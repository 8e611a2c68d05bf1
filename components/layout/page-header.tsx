import type { ReactNode } from "react";

/** The one h1 of a page, with an optional lead paragraph and meta line. */
export function PageHeader({ title, lead, children }: { title: string; lead?: string; children?: ReactNode }) {
  return (
    <header className="bg-sand-50">
      <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{title}</h1>
        {lead ? <p className="mt-3 text-lg text-ink">{lead}</p> : null}
        {children}
      </div>
    </header>
  );
}
