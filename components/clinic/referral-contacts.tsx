import type { Clinic } from "@/lib/content/clinic";
import { mailtoHref, telHref } from "@/lib/content/clinic-schema";
import { t, type Locale } from "@/lib/i18n/messages";
import { Section } from "./section";

/**
 * How clinicians send a referral: fax, secure email, phone. Deliberately no web form: patient
 * information does not travel through the website.
 */
export function ReferralContacts({ referrals, locale }: { referrals: Clinic["referrals"]; locale: Locale }) {
  const words = t(locale).clinicData;
  const item = (label: string, value: string, href: string | undefined) => (
    <li>
      {label}: {href ? <a href={href}>{value}</a> : value}
    </li>
  );
  return (
    <Section id="how-to-refer" title={words.howToRefer}>
      <ul>
        {item(words.fax, referrals.fax, undefined)}
        {item(words.secureEmail, referrals.secureEmail, mailtoHref(referrals.secureEmail))}
        {item(words.cliniciansPhone, referrals.phone, telHref(referrals.phone))}
      </ul>
      <p>{words.referralNote}</p>
    </Section>
  );
}
