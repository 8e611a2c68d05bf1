import { citationId, referenceId } from "@/lib/content/body-links";
import { referenceHref } from "@/lib/content/rules/references";
import type { Reference } from "@/lib/content/schemas";
import { t, type Locale } from "@/lib/i18n/messages";

/**
 * The numbered list the text's [1] markers link to; each item links back to the first marker that
 * cites it. The address is printed in full so a printout can be followed too.
 */
export function ReferencesList({ references, locale = "en" }: { references?: Reference[]; locale?: Locale }) {
  if (!references || references.length === 0) return null;
  const words = t(locale).health;
  return (
    <section aria-labelledby="references-heading" id="references" className="references mt-12">
      <h2 id="references-heading" className="text-2xl font-bold text-brand-900">
        {words.references}
      </h2>
      <ol className="mt-4 list-decimal space-y-3 pl-6 text-sm">
        {references.map((reference, index) => {
          const href = referenceHref(reference);
          return (
            <li key={index} id={referenceId(index + 1)} className="scroll-mt-4">
              {reference.authors} {reference.title}. <i>{reference.publisher}</i>. {reference.year}.{" "}
              {href ? (
                <a className="break-all text-brand-800 underline" href={href}>
                  {href}
                </a>
              ) : null}{" "}
              <a
                className="text-brand-800 underline"
                href={`#${citationId(index + 1, 1)}`}
                aria-label={words.backToText}
                data-print="hide"
              >
                ↩
              </a>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
