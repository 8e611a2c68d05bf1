import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { notFound } from "next/navigation";
import { LiveContent } from "@/components/dev/live-content";
import { PageHeader } from "@/components/layout/page-header";
import { ConsultationCta } from "@/components/mdx/consultation-cta";
import { MdxBody } from "@/components/mdx/mdx-body";

import { JsonLd } from "@/components/seo/json-ld";
import { ReviewLine } from "@/components/health/review-line";
import { TeamList } from "@/components/team/team-list";
import { compileMdx, endsWithConsultationCta } from "@/lib/content/mdx";
import { pagesWithOwnRoute } from "@/lib/content/page-routes";
import { brokenSlugs } from "@/lib/content/collection";
import { getPage, getPages } from "@/lib/content/pages";
import { extractFaq } from "@/lib/seo/faq";
import { clinicWebPageNode, faqPageNode } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { MissingContent } from "@/components/dev/content-problems";

// Clinic pages come from content/pages/<name>.mdx; anything else under / is a 404, and so are
// the files served by their own route (home.mdx is the home page at /, never /home).
export const dynamicParams = false;

export function generateStaticParams() {
  // In `npm run dev`, files skipped for their mistakes keep their address, to show them.
  return [...getPages().map((page) => page.slug), ...brokenSlugs("page")]
    .filter((slug) => !pagesWithOwnRoute.has(slug))
    .map((slug) => ({ page: slug }));
}

const noConsultationBox = new Set([
  "privacy",
  "accessibility",
  "notice-of-privacy-practices",
  "open-payments",
  "editorial-policy",
]);

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getPage((await params).page);
  if (!page || pagesWithOwnRoute.has(page.slug)) return {};
  return pageMetadata({
    title: page.frontmatter.title,
    description: page.frontmatter.description,
    path: `/${page.slug}`,
  });
}

export default async function ClinicPage({ params }: Props) {
  const slug = (await params).page;
  if (pagesWithOwnRoute.has(slug)) notFound();
  const page = getPage(slug);
  if (!page) return <MissingContent collection="page" slug={slug} />;
  const { hast, tree } = await compileMdx(page.body, page.bodyStartLine);
  // Pages that use <Faq> also describe their questions as FAQPage structured data.
  const faq = extractFaq(tree);
  const path = `/${page.slug}`;
  return (
    <>
      <JsonLd
        nodes={[
          faq.length > 0
            ? faqPageNode({ path, ...page.frontmatter }, faq)
            : clinicWebPageNode({ path, ...page.frontmatter }),
        ]}
      />
      <LanguageSwitch locale="en" path={path} />
      <PageHeader title={page.frontmatter.title} lead={page.frontmatter.description} />
      <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
        <MdxBody tree={hast} />
        {page.slug === "about" ? <TeamList /> : null}
        <ReviewLine lastReviewed={page.frontmatter.lastReviewed} nextReview={page.frontmatter.nextReview} />
        {/* Not on the legal pages, and not twice where the page's own text already ends with one. */}
        {!noConsultationBox.has(page.slug) && !endsWithConsultationCta(hast) ? <ConsultationCta /> : null}
      </div>
      <LiveContent />
    </>
  );
}
