import type { Clinic } from "@/lib/content/clinic";
import { mailtoHref, telHref } from "@/lib/content/clinic-schema";
import { Section } from "./content-page";

/**
 * How clinicians send a referral: fax, secure email, phone. Deliberately no web form: patient
 * information does not travel through the website.
 */
export function ReferralContacts({ referrals }: { referrals: Clinic["referrals"] }) {
  const item = (label: string, value: string, href: string | undefined) => (
    <li>
      {label}: {href ? <a href={href}>{value}</a> : value}
    </li>
  );
  return (
    <Section id="how-to-refer" title="How to refer a patient">
      <ul>
        {item("Fax", referrals.fax, undefined)}
        {item("Secure email", referrals.secureEmail, mailtoHref(referrals.secureEmail))}
        {item("Phone for clinicians", referrals.phone, telHref(referrals.phone))}
      </ul>
      <p>
        Please send patient information only by fax, secure email or phone. This website has no form for patient
        information, and ordinary email is not secure.
      </p>
    </Section>
  );
}
