import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import Link from "next/link";
import { ArticleList } from "@/components/articles/article-list";
import { ConsultationCta } from "@/components/mdx/consultation-cta";
import { JsonLd } from "@/components/seo/json-ld";
import { getArticles } from "@/lib/content/articles";
import { getClinic } from "@/lib/content/clinic";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: `${getClinic().name} — Ketamine therapy in Sacramento`,
  description: getClinic().description,
  path: "/",
});

const steps = [
  {
    title: "A free consultation",
    text: "Tell us how to reach you. A member of our team calls or writes back, usually within one business day.",
  },
  {
    title: "A careful evaluation",
    text: "A clinician reviews your history and current treatment to see whether ketamine therapy may be appropriate for you.",
  },
  {
    title: "Supervised sessions",
    text: "If it is a fit, treatment happens in a calm, private room with monitoring throughout and time to rest afterwards.",
  },
];

export default function HomePage() {
  const clinic = getClinic();
  const latest = getArticles().slice(0, 4);
  return (
    <>
      <JsonLd />
      <LanguageSwitch locale="en" path={"/"} />
      <section className="bg-sand-50">
        <div className="mx-auto max-w-6xl px-4 py-14 sm:px-6 sm:py-20">
          <h1 className="max-w-3xl text-4xl font-bold tracking-tight text-brand-900 sm:text-5xl">
            Ketamine therapy in Sacramento, with care at every step
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-ink">
            {clinic.name} is a mental-health clinic offering medically supervised ketamine therapy for adults living
            with depression, anxiety and PTSD — especially when other treatments have not brought enough relief.
          </p>
          <div className="mt-8 flex flex-wrap items-center gap-4">
            <Link
              href="/consultation"
              className="inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800"
            >
              Request a consultation
            </Link>
            <a
              className="inline-flex min-h-12 items-center font-semibold text-brand-800 underline"
              href={`tel:${clinic.phone}`}
            >
              Or call {clinic.phoneDisplay}
            </a>
          </div>
        </div>
      </section>

      <section aria-labelledby="what-heading" className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
        <h2 id="what-heading" className="text-3xl font-bold text-brand-900">
          What is ketamine therapy?
        </h2>
        <div className="mt-4 grid gap-8 lg:grid-cols-2">
          <p className="text-lg">
            Ketamine is a medicine that acts on glutamate, one of the brain&rsquo;s main chemical messengers. In low
            doses, given under medical supervision, it is being used and studied for depression, anxiety and PTSD,
            including in people who have not responded well to traditional antidepressants.
          </p>
          <p className="text-lg">
            Ketamine therapy is not right for everyone, and individual results vary. Its use for mental-health
            conditions is off-label. Our clinicians will talk with you honestly about the possible benefits, the risks
            and the alternatives.{" "}
            <Link className="font-semibold text-brand-800 underline" href="/ketamine-therapy">
              How ketamine therapy works at our clinic
            </Link>
          </p>
        </div>
      </section>

      <section aria-labelledby="steps-heading" className="bg-brand-50">
        <div className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
          <h2 id="steps-heading" className="text-3xl font-bold text-brand-900">
            How to get started
          </h2>
          <ol className="mt-6 grid gap-6 md:grid-cols-3">
            {steps.map((step, index) => (
              <li key={step.title} className="rounded-2xl bg-white p-6 shadow-sm">
                <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Step {index + 1}</p>
                <h3 className="mt-1 text-xl font-bold text-brand-900">{step.title}</h3>
                <p className="mt-2">{step.text}</p>
              </li>
            ))}
          </ol>
          <p className="mt-6">
            <Link className="font-semibold text-brand-800 underline" href="/what-to-expect">
              What to expect at your first visit
            </Link>
          </p>
        </div>
      </section>

      <section aria-labelledby="latest-heading" className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
        <h2 id="latest-heading" className="text-3xl font-bold text-brand-900">
          Latest articles
        </h2>
        <div className="mt-6">
          <ArticleList articles={latest} headingLevel={3} />
        </div>
        <p className="mt-6">
          <Link className="font-semibold text-brand-800 underline" href="/articles">
            All articles
          </Link>
        </p>
      </section>

      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <ConsultationCta />
      </div>
    </>
  );
}
