import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { SpanishArticleList } from "@/components/i18n/spanish-article-card";
import { ConsultationCta } from "@/components/mdx/consultation-cta";
import { MdxBody } from "@/components/mdx/mdx-body";
import { compileMdx, endsWithConsultationCta } from "@/lib/content/mdx";
import { JsonLd } from "@/components/seo/json-ld";
import { getClinic } from "@/lib/content/clinic";
import { homePageSlug } from "@/lib/content/page-routes";
import { getSpanishArticles, getSpanishHome } from "@/lib/content/translations";
import { spanishArticlesPath, spanishHomePath } from "@/lib/i18n/paths";
import { pageMetadata } from "@/lib/seo/metadata";
import { MissingContent } from "@/components/dev/content-problems";

export function generateMetadata(): Metadata {
  const home = getSpanishHome();
  if (!home) return {};
  return pageMetadata({
    title: home.frontmatter.title,
    description: home.frontmatter.description,
    path: spanishHomePath,
    locale: "es",
  });
}

/** /es: the hero from content/es/pages/home.mdx's frontmatter, then its MDX body. */
export default async function SpanishHomePage() {
  const home = getSpanishHome();
  if (!home) return <MissingContent collection="translated-page" slug={homePageSlug} />;
  if (!home.frontmatter.hero) notFound();
  const { hero } = home.frontmatter;
  const { hast } = await compileMdx(home.body, home.bodyStartLine);
  const latest = getSpanishArticles().slice(0, 4);
  return (
    <>
      <JsonLd />
      <LanguageSwitch locale="es" path={spanishHomePath} />
      <section className="bg-sand-50">
        <div className="mx-auto max-w-6xl px-4 py-14 sm:px-6 sm:py-20">
          <h1 className="max-w-3xl text-4xl font-bold tracking-tight text-brand-900 sm:text-5xl">{hero.heading}</h1>
          <p className="mt-5 max-w-2xl text-lg text-ink">{hero.lead}</p>
          <div className="mt-8 flex flex-wrap items-center gap-4">
            <Link
              href={hero.primaryCta.href}
              className="inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800"
            >
              {hero.primaryCta.label}
            </Link>
            {hero.secondaryCta ? <SecondaryCta {...hero.secondaryCta} /> : null}
          </div>
        </div>
      </section>
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <MdxBody tree={hast} locale="es" />
        {latest.length > 0 ? (
          <section aria-labelledby="latest-heading" className="mt-12">
            <h2 id="latest-heading" className="text-3xl font-bold text-brand-900">
              Artículos recientes
            </h2>
            <div className="mt-6">
              <SpanishArticleList articles={latest} headingLevel={3} />
            </div>
            <p className="mt-6">
              <Link className="font-semibold text-brand-800 underline" href={spanishArticlesPath}>
                Todos los artículos
              </Link>
            </p>
          </section>
        ) : null}
        {endsWithConsultationCta(hast) ? null : <ConsultationCta locale="es" />}
      </div>
    </>
  );
}

/** A "tel:" link calls the clinic: number and display form from clinic.yaml, never typed twice. */
function SecondaryCta({ label, href }: { label: string; href: string }) {
  const clinic = getClinic();
  const isPhone = href.startsWith("tel:");
  return (
    <a
      className="inline-flex min-h-12 items-center font-semibold text-brand-800 underline"
      href={isPhone ? `tel:${clinic.phone}` : href}
    >
      {isPhone ? `${label} ${clinic.phoneDisplay}` : label}
    </a>
  );
}
