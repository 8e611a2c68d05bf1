import type { ReactNode } from "react";

/** A data section of a clinic page (fees, hours, …) in the same type styles as the prose around it. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="prose mt-12 mb-10 first:mt-0">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
