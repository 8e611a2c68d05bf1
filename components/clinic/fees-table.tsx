import type { Clinic } from "@/lib/content/clinic";
import { Section } from "./content-page";

/** The clinic's fees from clinic.yaml, as a table with a caption and header cells. */
export function FeesTable({ fees }: { fees: Clinic["fees"] }) {
  return (
    <Section id="fees" title="Fees">
      {/* Focusable and named, so keyboard users can scroll it if a narrow screen ever needs to. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="not-prose overflow-x-auto" tabIndex={0} role="region" aria-label="Fees table">
        {/* On a phone each fee is a small block (name, price, what it includes); from 640 px a table. */}
        <table className="block w-full border-collapse text-left sm:table">
          <caption className="sr-only">Fees for self-pay patients</caption>
          <thead className="sr-only sm:not-sr-only sm:table-header-group">
            <tr className="border-b-2 border-sand-200">
              <th scope="col" className="py-2 pr-4 font-semibold">
                Service
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                Price
              </th>
              <th scope="col" className="py-2 font-semibold">
                What it includes
              </th>
            </tr>
          </thead>
          <tbody className="block sm:table-row-group">
            {fees.map((fee) => (
              <tr key={fee.name} className="block border-b border-sand-200 py-3 align-top sm:table-row sm:py-0">
                <th scope="row" className="block pr-4 font-semibold sm:table-cell sm:py-3">
                  {fee.name}
                </th>
                <td className="block pr-4 sm:table-cell sm:py-3">
                  <span className="sm:hidden">Price: </span>
                  {fee.price}
                </td>
                <td className="block text-ink-muted sm:table-cell sm:py-3 sm:text-ink">{fee.includes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
