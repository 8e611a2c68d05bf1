import type { ReactNode } from "react";

/**
 * The one h1 of a page, with an optional lead paragraph and meta line. `wide` for pages whose
 * content below is wide too (article lists), so the heading and the cards share a left edge.
 */
export function PageHeader({
  title,
  lead,
  wide = false,
  children,
}: {
  title: string;
  lead?: string;
  wide?: boolean;
  children?: ReactNode;
}) {
  return (
    <header className="bg-sand-50">
      <div className={`mx-auto ${wide ? "max-w-6xl" : "max-w-3xl"} px-4 py-10 sm:px-6`}>
        {/* The lead keeps a readable line length on wide pages too. */}
        <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{title}</h1>
        {lead ? <p className="mt-3 max-w-3xl text-lg text-ink">{lead}</p> : null}
        {children}
      </div>
    </header>
  );
}
