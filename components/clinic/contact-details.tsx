import Link from "next/link";
import type { Clinic } from "@/lib/content/clinic";
import { ClosureList, hasUpcomingClosures } from "./closures";
import { Section } from "./content-page";
import { HoursList } from "./hours";

/** /contact's facts: how to reach the clinic, where it is, when it is open, how to get there. */
export function ContactDetails({ clinic }: { clinic: Clinic }) {
  const { address, directions } = clinic;
  return (
    <>
      <Section id="reach-us" title="Call, text or email">
        <ul>
          <li>
            Call: <a href={`tel:${clinic.phone}`}>{clinic.phoneDisplay}</a>
          </li>
          <li>
            Text: <a href={`sms:${clinic.phone}`}>{clinic.phoneDisplay}</a>
          </li>
          <li>
            Email: <a href={`mailto:${clinic.email}`}>{clinic.email}</a>
          </li>
        </ul>
        <p>
          Please do not send health details by text or email. You can also{" "}
          <Link href="/consultation">request a consultation</Link> and we will contact you.
        </p>
      </Section>
      <Section id="address" title="Address">
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
            Open the address in a map
          </a>{" "}
          (opens another website).
        </p>
      </Section>
      <Section id="hours" title="Opening hours">
        <HoursList clinic={clinic} />
        {hasUpcomingClosures(clinic.closures) ? (
          <>
            <h3>Upcoming closures</h3>
            <ClosureList closures={clinic.closures} />
          </>
        ) : null}
      </Section>
      <Section id="directions" title="Getting here">
        <h3>Parking</h3>
        <p>{directions.parking}</p>
        <h3>Bus and light rail</h3>
        <p>{directions.transit}</p>
        <h3>Accessible entrance</h3>
        <p>{directions.accessibleEntrance}</p>
      </Section>
    </>
  );
}
