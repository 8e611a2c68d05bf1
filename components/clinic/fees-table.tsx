import type { Clinic } from "@/lib/content/clinic";
import { Section } from "./content-page";

/** The clinic's fees from clinic.yaml, as a table with a caption and header cells. */
export function FeesTable({ fees }: { fees: Clinic["fees"] }) {
  return (
    <Section id="fees" title="Fees">
      {/* Focusable and named, so keyboard users can scroll it if a narrow screen ever needs to. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="not-prose overflow-x-auto" tabIndex={0} role="region" aria-label="Fees table">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Fees for self-pay patients</caption>
          <thead>
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
          <tbody>
            {fees.map((fee) => (
              <tr key={fee.name} className="border-b border-sand-200 align-top">
                <th scope="row" className="py-3 pr-4 font-semibold">
                  {fee.name}
                </th>
                <td className="py-3 pr-4">{fee.price}</td>
                <td className="py-3">{fee.includes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
