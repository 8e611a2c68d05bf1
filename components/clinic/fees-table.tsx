import { Text } from "@/components/i18n/local-text";
import type { Clinic } from "@/lib/content/clinic";
import { inLocale, priceIn } from "@/lib/i18n/local-text";
import { t, type Locale } from "@/lib/i18n/messages";
import { Section } from "./section";

/** The clinic's fees from clinic.yaml, as a table with a caption and header cells. */
export function FeesTable({ fees, locale }: { fees: Clinic["fees"]; locale: Locale }) {
  const words = t(locale).clinicData;
  return (
    <Section id="fees" title={words.fees}>
      {/* Focusable and named, so keyboard users can scroll it if a narrow screen ever needs to. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="not-prose overflow-x-auto" tabIndex={0} role="region" aria-label={words.feesTable}>
        {/* On a phone each fee is a small block (name, price, what it includes); from 640 px a table. */}
        <table className="block w-full border-collapse text-left sm:table">
          <caption className="sr-only">{words.feesCaption}</caption>
          <thead className="sr-only sm:not-sr-only sm:table-header-group">
            <tr className="border-b-2 border-sand-200">
              <th scope="col" className="py-2 pr-4 font-semibold">
                {words.service}
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                {words.price}
              </th>
              <th scope="col" className="py-2 font-semibold">
                {words.includes}
              </th>
            </tr>
          </thead>
          <tbody className="block sm:table-row-group">
            {fees.map((fee) => (
              <tr key={fee.name} className="block border-b border-sand-200 py-3 align-top sm:table-row sm:py-0">
                <th scope="row" className="block pr-4 font-semibold sm:table-cell sm:py-3">
                  <Text value={inLocale(locale, fee.name, fee.nameEs)} />
                </th>
                <td className="block pr-4 sm:table-cell sm:py-3">
                  <span className="sm:hidden">{words.price}: </span>
                  <Text value={priceIn(locale, fee.price, fee.priceEs)} />
                </td>
                <td className="block text-ink-muted sm:table-cell sm:py-3 sm:text-ink">
                  <Text value={inLocale(locale, fee.includes, fee.includesEs)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
