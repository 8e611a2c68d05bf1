import { Text } from "@/components/i18n/local-text";
import type { Clinic } from "@/lib/content/clinic";
import { inLocale, listInLocale } from "@/lib/i18n/local-text";
import { t, type Locale } from "@/lib/i18n/messages";
import { Section } from "./section";

/** Insurance, superbills, Spravato coverage, payment methods and the cancellation policy. */
export function InsuranceAndPayment({
  insurance,
  payment,
  locale,
}: Pick<Clinic, "insurance" | "payment"> & { locale: Locale }) {
  const words = t(locale).clinicData;
  return (
    <>
      <Section id="insurance" title={words.insurance}>
        <p>
          <Text value={inLocale(locale, insurance.accepted, insurance.acceptedEs)} />
        </p>
        <h3>{words.superbills}</h3>
        <p>
          <Text value={inLocale(locale, insurance.superbills, insurance.superbillsEs)} />
        </p>
        <h3>{words.spravato}</h3>
        <p>
          <Text value={inLocale(locale, insurance.spravato, insurance.spravatoEs)} />
        </p>
      </Section>
      <Section id="payment" title={words.payment}>
        <ul>
          {listInLocale(locale, payment.methods, payment.methodsEs).map((method) => (
            <li key={method.text}>
              <Text value={method} />
            </li>
          ))}
        </ul>
        <h3>{words.hsaFsa}</h3>
        <p>
          <Text value={inLocale(locale, payment.hsaFsa, payment.hsaFsaEs)} />
        </p>
        <h3>{words.cancellations}</h3>
        <p>
          <Text value={inLocale(locale, payment.cancellation, payment.cancellationEs)} />
        </p>
      </Section>
    </>
  );
}
