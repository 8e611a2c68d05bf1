import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LiveContent } from "@/components/dev/live-content";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { PageHeader } from "@/components/layout/page-header";
import { ConsultationCta } from "@/components/mdx/consultation-cta";
import { MdxBody } from "@/components/mdx/mdx-body";
import { ReviewLine } from "@/components/health/review-line";
import { compileMdx, endsWithConsultationCta } from "@/lib/content/mdx";
import { JsonLd } from "@/components/seo/json-ld";
import { brokenSlugs } from "@/lib/content/collection";
import { homePageSlug } from "@/lib/content/page-routes";
import { getSpanishPage, getSpanishPages } from "@/lib/content/translations";
import { inLanguage } from "@/lib/i18n/json-ld";
import { spanishPagePath } from "@/lib/i18n/paths";
import { extractFaq } from "@/lib/seo/faq";
import { faqPageNode } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { MissingContent } from "@/components/dev/content-problems";

// Spanish clinic pages come from content/es/pages/<name>.mdx; any other name is the Spanish 404.
export const dynamicParams = false;

export function generateStaticParams() {
  // In `npm run dev`, files skipped for their mistakes keep their address, to show them.
  return [...getSpanishPages().map((page) => page.slug), ...brokenSlugs("translated-page")]
    .filter((slug) => slug !== homePageSlug)
    .map((slug) => ({ pagina: slug }));
}

type Props = { params: Promise<{ pagina: string }> };

const noConsultationBox = new Set(["privacy", "accessibility", "editorial-policy"]);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = getSpanishPage((await params).pagina);
  if (!found || found.slug === homePageSlug) return {};
  return pageMetadata({
    title: found.frontmatter.title,
    description: found.frontmatter.description,
    path: spanishPagePath(found.slug),
    locale: "es",
  });
}

export default async function SpanishClinicPage({ params }: Props) {
  const slug = (await params).pagina;
  // The home page's file is served at /es, not /es/home.
  if (slug === homePageSlug) notFound();
  const page = getSpanishPage(slug);
  if (!page) return <MissingContent collection="translated-page" slug={slug} />;
  const { hast, tree } = await compileMdx(page.body, page.bodyStartLine);
  const faq = extractFaq(tree);
  const path = spanishPagePath(page.slug);
  return (
    <>
      <JsonLd nodes={inLanguage(faq.length > 0 ? [faqPageNode({ path, ...page.frontmatter }, faq)] : [], "es")} />
      <LanguageSwitch locale="es" path={path} />
      <PageHeader title={page.frontmatter.title} lead={page.frontmatter.description} />
      <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
        <MdxBody tree={hast} locale="es" />
        <ReviewLine lastReviewed={page.frontmatter.lastReviewed} nextReview={page.frontmatter.nextReview} locale="es" />
        {noConsultationBox.has(page.frontmatter.translationOf) || endsWithConsultationCta(hast) ? null : (
          <ConsultationCta locale="es" />
        )}
      </div>
      <LiveContent />
    </>
  );
}
