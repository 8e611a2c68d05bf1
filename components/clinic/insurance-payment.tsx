import type { Clinic } from "@/lib/content/clinic";
import { Section } from "./content-page";

/** Insurance, superbills, Spravato coverage, payment methods and the cancellation policy. */
export function InsuranceAndPayment({ insurance, payment }: Pick<Clinic, "insurance" | "payment">) {
  return (
    <>
      <Section id="insurance" title="Insurance">
        <p>{insurance.accepted}</p>
        <h3>Superbills</h3>
        <p>{insurance.superbills}</p>
        <h3>Spravato (esketamine)</h3>
        <p>{insurance.spravato}</p>
      </Section>
      <Section id="payment" title="Payment">
        <ul>
          {payment.methods.map((method) => (
            <li key={method}>{method}</li>
          ))}
        </ul>
        <h3>HSA and FSA</h3>
        <p>{payment.hsaFsa}</p>
        <h3>Cancellations</h3>
        <p>{payment.cancellation}</p>
      </Section>
    </>
  );
}
