import Link from "next/link";
import { LiveContent } from "@/components/dev/live-content";
import { ContentImage } from "@/components/images/content-image";
import { PageHeader } from "@/components/layout/page-header";
import { ConsultationCta } from "@/components/mdx/consultation-cta";
import { MdxBody } from "@/components/mdx/mdx-body";

import { KeyPoints } from "@/components/health/key-points";
import { LicenceLookupLink, licenceSummary } from "@/components/health/licence";
import { ReferencesList } from "@/components/health/references-list";
import { ReviewLine } from "@/components/health/review-line";
import { getRelatedArticles, type Article } from "@/lib/content/articles";
import { linkCitations, linkGlossaryTerms } from "@/lib/content/body-links";
import { getGlossary, glossaryPaths } from "@/lib/content/glossary";
import { t } from "@/lib/i18n/messages";
import { compileMdx, endsWithConsultationCta } from "@/lib/content/mdx";
import { imageSize } from "@/lib/content/images";
import { getTeamMember } from "@/lib/content/team";
import { formatDate } from "@/lib/format";
import { ArticleList } from "./article-list";
import { TableOfContents } from "./table-of-contents";

/** One article as readers see it; the public route and the draft preview both render this. */
export async function ArticleView({ article }: { article: Article }) {
  const { frontmatter } = article;
  const compiled = await compileMdx(article.body, article.bodyStartLine);
  const { toc } = compiled;
  const references = frontmatter.references ?? [];
  const hast = linkGlossaryTerms(
    linkCitations(compiled.hast, references.length, t("en").health.citation),
    getGlossary(),
    "en",
    glossaryPaths.en,
  );
  const related = getRelatedArticles(article);

  return (
    <article>
      <PageHeader title={frontmatter.title} lead={frontmatter.description}>
        {frontmatter.draft ? (
          <p className="mt-3 inline-block rounded bg-alert-50 px-2 text-sm font-semibold text-alert-800">
            Draft (not published)
          </p>
        ) : null}
        <p className="mt-4 text-sm text-ink-muted">
          {frontmatter.author ? <span>By {frontmatter.author} · </span> : null}
          <span>
            Published <time dateTime={frontmatter.date}>{formatDate(frontmatter.date)}</time>
          </span>
          {frontmatter.updated ? (
            <span>
              {" "}
              · Updated <time dateTime={frontmatter.updated}>{formatDate(frontmatter.updated)}</time>
            </span>
          ) : null}
          <span> · {article.readingMinutes} min read</span>
        </p>
        <MedicalReview reviewedBy={frontmatter.reviewedBy} lastReviewed={frontmatter.lastReviewed} />
        {article.tags.length > 0 ? (
          <ul className="mt-3 flex flex-wrap gap-2" aria-label="Topics">
            {article.tags.map((tag) => (
              <li key={tag.slug}>
                <Link
                  href={`/articles/tags/${tag.slug}`}
                  className="inline-flex min-h-6 items-center rounded-full bg-brand-100 px-3 text-sm font-medium text-brand-900 hover:underline"
                >
                  {tag.name}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </PageHeader>

      <div className="mx-auto max-w-3xl px-4 sm:px-6">
        <HeroImage src={frontmatter.image} alt={frontmatter.imageAlt} />
        <KeyPoints points={frontmatter.keyPoints} />
        <div className="my-8">
          <TableOfContents entries={toc} />
        </div>
        <MdxBody tree={hast} />
        <ReferencesList references={references} />
        <ReviewLine lastReviewed={frontmatter.lastReviewed} nextReview={frontmatter.nextReview} />
        {endsWithConsultationCta(hast) ? null : <ConsultationCta />}
        {related.length > 0 ? (
          <section aria-labelledby="related-heading" className="mt-12">
            <h2 id="related-heading" className="mb-4 text-2xl font-bold text-brand-900">
              Related articles
            </h2>
            <ArticleList articles={related} headingLevel={3} />
          </section>
        ) : null}
      </div>
      <LiveContent />
    </article>
  );
}

/**
 * "Medically reviewed by Name, credentials, on date", linking to the clinician on /about, with
 * their licence and the board's public lookup (California B&P §680.5).
 */
function MedicalReview({ reviewedBy, lastReviewed }: { reviewedBy?: string; lastReviewed?: string }) {
  const member = reviewedBy ? getTeamMember(reviewedBy) : undefined;
  if (!member || !lastReviewed) return null;
  return (
    <p className="mt-2 text-sm text-ink-muted">
      Medically reviewed by{" "}
      <Link className="font-medium text-brand-800 underline" href={`/about#team-${member.slug}`}>
        {member.frontmatter.name}
      </Link>
      , {member.frontmatter.credentials}, on <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
      {licenceSummary(member.frontmatter) ? <span> · {licenceSummary(member.frontmatter)}</span> : null}
      {member.frontmatter.licenseLookup ? (
        <span>
          {" "}
          · <LicenceLookupLink href={member.frontmatter.licenseLookup} />
        </span>
      ) : null}
    </p>
  );
}

/** The article's own image, above the fold: loaded at once rather than lazily. */
function HeroImage({ src, alt }: { src?: string; alt?: string }) {
  const size = src ? imageSize(src) : undefined;
  if (!src || !alt || !size) return null;
  return (
    <ContentImage
      src={src}
      alt={alt}
      width={size.width}
      height={size.height}
      sizes="(min-width: 48rem) 48rem, 100vw"
      loading="eager"
      fetchPriority="high"
      className="mt-8 h-auto w-full rounded-2xl"
    />
  );
}
