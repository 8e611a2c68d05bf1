import Link from "next/link";
import { Text } from "@/components/i18n/local-text";
import type { Clinic } from "@/lib/content/clinic";
import { consultationPaths } from "@/lib/i18n/form-paths";
import { inLocale } from "@/lib/i18n/local-text";
import { t, type Locale } from "@/lib/i18n/messages";
import { ClosureList, hasUpcomingClosures } from "./closures";
import { HoursList } from "./hours";
import { Section } from "./section";

/** The contact page's facts: how to reach the clinic, where it is, when it is open, how to get there. */
export function ContactDetails({ clinic, locale }: { clinic: Clinic; locale: Locale }) {
  const { address, directions } = clinic;
  const words = t(locale).clinicData;
  return (
    <>
      <Section id="reach-us" title={words.reachUs}>
        <ul>
          <li>
            {words.call}: <a href={`tel:${clinic.phone}`}>{clinic.phoneDisplay}</a>
          </li>
          <li>
            {words.text}: <a href={`sms:${clinic.phone}`}>{clinic.phoneDisplay}</a>
          </li>
          <li>
            {words.email}: <a href={`mailto:${clinic.email}`}>{clinic.email}</a>
          </li>
        </ul>
        <p>
          {words.noHealthDetails} <Link href={consultationPaths[locale]}>{words.requestConsultation}</Link>{" "}
          {words.weWillContact}
        </p>
      </Section>
      <Section id="address" title={words.address}>
        <address className="not-italic">
          <p>
            {clinic.name}
            <br />
            {address.street}
            <br />
            {address.city}, {address.region} {address.postalCode}
          </p>
        </address>
        <p>
          {/* A link, never an embedded map: an embed would tell the map company who visits this page. */}
          <a href={clinic.mapUrl} rel="noopener noreferrer">
            {words.openMap}
          </a>{" "}
          {words.opensAnotherSite}
        </p>
      </Section>
      <Section id="hours" title={words.hours}>
        <HoursList clinic={clinic} locale={locale} />
        {hasUpcomingClosures(clinic.closures) ? (
          <>
            <h3>{words.upcomingClosures}</h3>
            <ClosureList closures={clinic.closures} locale={locale} />
          </>
        ) : null}
      </Section>
      <Section id="directions" title={words.gettingHere}>
        <h3>{words.parking}</h3>
        <p>
          <Text value={inLocale(locale, directions.parking, directions.parkingEs)} />
        </p>
        <h3>{words.transit}</h3>
        <p>
          <Text value={inLocale(locale, directions.transit, directions.transitEs)} />
        </p>
        <h3>{words.accessibleEntrance}</h3>
        <p>
          <Text value={inLocale(locale, directions.accessibleEntrance, directions.accessibleEntranceEs)} />
        </p>
      </Section>
    </>
  );
}
