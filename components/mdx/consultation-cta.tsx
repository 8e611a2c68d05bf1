import { getClinic } from "@/lib/content/clinic";

/** The call to action at the end of articles and pages and on the home page, and what <ConsultationCta /> shows in MDX. */
export function ConsultationCta() {
  const clinic = getClinic();
  return (
    <section aria-label="Request a consultation" className="not-prose my-10 rounded-2xl bg-sand-100 px-6 py-6 text-ink">
      <p className="text-xl font-bold text-brand-900">Wondering whether ketamine therapy could be right for you?</p>
      <p className="mt-2">
        A free, no-obligation consultation with our team is the first step. We will listen, answer your questions and
        tell you honestly whether we think it could help.
      </p>
      <p className="mt-4 flex flex-wrap items-center gap-4">
        {/* A plain link, as in the MDX bodies it ends: content pages ship no router script. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a
          href="/consultation"
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        >
          Request a consultation
        </a>
        <span>
          or call{" "}
          <a className="font-semibold underline" href={`tel:${clinic.phone}`}>
            {clinic.phoneDisplay}
          </a>
        </span>
      </p>
    </section>
  );
}
