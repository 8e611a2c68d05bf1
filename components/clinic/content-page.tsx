import type { ReactNode } from "react";
import { LiveContent } from "@/components/dev/live-content";
import { PageHeader } from "@/components/layout/page-header";
import { ConsultationCta } from "@/components/mdx/consultation-cta";
import { MdxBody } from "@/components/mdx/mdx-body";
import { ReviewLine } from "@/components/health/review-line";
import { JsonLd } from "@/components/seo/json-ld";
import type { ClinicPage } from "@/lib/content/pages";
import { clinicWebPageNode } from "@/lib/seo/json-ld";
import { compileMdx } from "@/lib/content/mdx";

/**
 * A clinic page whose prose is content/pages/<slug>.mdx and whose facts come from clinic.yaml:
 * the route passes the data sections to show before and after the prose.
 */
export async function ContentPage({
  page,
  before,
  after,
  cta = true,
}: {
  page: ClinicPage;
  before?: ReactNode;
  after?: ReactNode;
  /** The "Request a consultation" box at the end; off for notices and pages for clinicians. */
  cta?: boolean;
}) {
  const { hast } = await compileMdx(page.body, page.bodyStartLine);
  return (
    <>
      <JsonLd nodes={[clinicWebPageNode({ path: `/${page.slug}`, ...page.frontmatter })]} />
      <PageHeader title={page.frontmatter.title} lead={page.frontmatter.description} />
      <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
        {before}
        <MdxBody tree={hast} />
        {after}
        <ReviewLine lastReviewed={page.frontmatter.lastReviewed} nextReview={page.frontmatter.nextReview} />
        {cta ? <ConsultationCta /> : null}
      </div>
      <LiveContent />
    </>
  );
}

/** A data section in the same type styles as the prose around it. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="prose mt-12 mb-10 first:mt-0">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
