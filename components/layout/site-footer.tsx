import Link from "next/link";
import { ClosureList, hasUpcomingClosures } from "@/components/clinic/closures";
import { HoursList } from "@/components/clinic/hours";
import { getClinic } from "@/lib/content/clinic";
import { consultationPaths } from "@/lib/i18n/form-paths";
import { t, type Locale } from "@/lib/i18n/messages";
import { counterparts, feedPaths } from "@/lib/i18n/paths";
import { navLinksIn } from "./nav-links";

export function SiteFooter({ locale = "en" }: { locale?: Locale }) {
  const clinic = getClinic();
  const words = t(locale);
  const explore = [
    ...navLinksIn(locale, "main"),
    ...navLinksIn(locale, "more"),
    { href: consultationPaths[locale], label: words.header.cta },
  ];
  const legal = [...navLinksIn(locale, "legal"), { href: feedPaths[locale], label: words.nav.rss }];
  const contactPage = locale === "en" ? "/contact" : counterparts("en", "/contact")?.es;
  const { address } = clinic;
  return (
    <footer className="mt-16 border-t border-sand-200 bg-sand-100 text-ink">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-2 sm:px-6 lg:grid-cols-4">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="text-base font-bold">
            {words.footer.contact}
          </h2>
          <address className="mt-2 space-y-1 not-italic">
            <p>
              <a className="inline-flex min-h-6 items-center underline underline-offset-2" href={`tel:${clinic.phone}`}>
                {clinic.phoneDisplay}
              </a>
            </p>
            <p>
              <a
                className="inline-flex min-h-6 items-center underline underline-offset-2"
                href={`mailto:${clinic.email}`}
              >
                {clinic.email}
              </a>
            </p>
            <p>
              {address.street}
              <br />
              {address.city}, {address.region} {address.postalCode}
            </p>
          </address>
        </section>
        <section aria-labelledby="footer-hours">
          <h2 id="footer-hours" className="text-base font-bold">
            {words.footer.hours}
          </h2>
          <HoursList clinic={clinic} locale={locale} className="mt-2 space-y-1" />
          {hasUpcomingClosures(clinic.closures) ? (
            <ClosureList closures={clinic.closures} locale={locale} className="mt-3 space-y-1" />
          ) : null}
          {contactPage ? (
            <p className="mt-3">
              <Link
                className="inline-flex min-h-6 items-center underline underline-offset-2"
                href={`${contactPage}#directions`}
                prefetch={false}
              >
                {words.nav.directions}
              </Link>
            </p>
          ) : null}
        </section>
        <FooterLinks id="footer-explore" title={words.footer.explore} links={explore} />
        <FooterLinks id="footer-legal" title={words.footer.legal} links={legal} />
      </div>
      <div className="border-t border-sand-200">
        <p className="mx-auto max-w-6xl px-4 py-4 text-sm text-ink-muted sm:px-6">
          {words.footer.notice}{" "}
          <a className="underline" href="tel:988">
            988
          </a>
          {words.footer.emergency}{" "}
          <a className="underline" href="tel:911">
            911
          </a>
          . © {clinic.name}.
        </p>
      </div>
    </footer>
  );
}

/**
 * One column of footer links. Not prefetched: the footer is rarely what people click, and on a
 * phone's data plan the router's prefetch of every visible link is not free.
 */
function FooterLinks({
  id,
  title,
  links,
}: {
  id: string;
  title: string;
  links: readonly { href: string; label: string }[];
}) {
  return (
    <nav aria-labelledby={id} data-print="hide">
      <h2 id={id} className="text-base font-bold">
        {title}
      </h2>
      <ul className="mt-2 space-y-1 [&_a]:inline-flex [&_a]:min-h-6 [&_a]:items-center [&_a]:underline [&_a]:underline-offset-2">
        {links.map((link) => (
          <li key={link.href}>
            {link.href.endsWith(".xml") ? (
              <a href={link.href}>{link.label}</a>
            ) : (
              <Link href={link.href} prefetch={false}>
                {link.label}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
