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
import { linkCitations, linkGlossaryTerms } from "@/lib/content/body-links";
import { getGlossary, glossaryPaths } from "@/lib/content/glossary";
import { relatedArticlesIn, type LocalArticle } from "@/lib/content/localized";
import { formatDateIn } from "@/lib/i18n/format";
import { t, type Locale } from "@/lib/i18n/messages";
import { teamPageIn, topicPathIn } from "@/lib/i18n/paths";
import { compileMdx, endsWithConsultationCta } from "@/lib/content/mdx";
import { imageSize } from "@/lib/content/images";
import { getTeamMember } from "@/lib/content/team";
import { ArticleList } from "./article-list";
import { TableOfContents } from "./table-of-contents";

/** One article as readers see it, in its language; the public routes and the previews render this. */
export async function ArticleView({ article, locale }: { article: LocalArticle; locale: Locale }) {
  const { frontmatter } = article;
  const words = t(locale);
  const compiled = await compileMdx(article.body, article.bodyStartLine);
  const { toc } = compiled;
  const references = frontmatter.references ?? [];
  const hast = linkGlossaryTerms(
    linkCitations(compiled.hast, references.length, words.health.citation),
    getGlossary(),
    locale,
    glossaryPaths[locale],
  );
  const related = relatedArticlesIn(locale, article);
  const date = (iso: string) => <time dateTime={iso}>{formatDateIn(locale, iso)}</time>;

  return (
    <article>
      <PageHeader title={frontmatter.title} lead={frontmatter.description}>
        {frontmatter.draft ? (
          <p className="mt-3 inline-block rounded bg-alert-50 px-2 text-sm font-semibold text-alert-800">
            {words.articleMeta.draft}
          </p>
        ) : null}
        <p className="mt-4 text-sm text-ink-muted">
          {frontmatter.author ? <span>{`${words.articleMeta.by} ${frontmatter.author} · `}</span> : null}
          <span>
            {`${words.article.published} `}
            {date(frontmatter.date)}
          </span>
          {frontmatter.updated ? (
            <span>
              {` · ${words.article.updated} `}
              {date(frontmatter.updated)}
            </span>
          ) : null}
          <span>{` · ${words.article.readingTime(article.readingMinutes)}`}</span>
        </p>
        <MedicalReview reviewedBy={frontmatter.reviewedBy} lastReviewed={frontmatter.lastReviewed} locale={locale} />
        {article.tags.length > 0 ? (
          <ul className="mt-3 flex flex-wrap gap-2" aria-label={words.article.tags}>
            {article.tags.map((tag) => (
              <li key={tag.slug}>
                <Link
                  href={topicPathIn(locale, tag.slug)}
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
        <KeyPoints points={frontmatter.keyPoints} locale={locale} />
        <div className="my-8">
          <TableOfContents entries={toc} label={words.article.toc} />
        </div>
        <MdxBody tree={hast} locale={locale} />
        <ReferencesList references={references} locale={locale} />
        <ReviewLine lastReviewed={frontmatter.lastReviewed} nextReview={frontmatter.nextReview} locale={locale} />
        {endsWithConsultationCta(hast) ? null : <ConsultationCta locale={locale} />}
        {related.length > 0 ? (
          <section aria-labelledby="related-heading" className="mt-12">
            <h2 id="related-heading" className="mb-4 text-2xl font-bold text-brand-900">
              {words.article.related}
            </h2>
            <ArticleList articles={related} locale={locale} headingLevel={3} />
          </section>
        ) : null}
      </div>
      <LiveContent />
    </article>
  );
}

/**
 * "Medically reviewed by Name, credentials, on date", linking to the clinician on the about page,
 * with their licence and the board's public lookup (California B&P §680.5).
 */
function MedicalReview({
  reviewedBy,
  lastReviewed,
  locale,
}: {
  reviewedBy?: string;
  lastReviewed?: string;
  locale: Locale;
}) {
  const member = reviewedBy ? getTeamMember(reviewedBy) : undefined;
  if (!member || !lastReviewed) return null;
  const about = teamPageIn(locale);
  const words = t(locale);
  return (
    <p className="mt-2 text-sm text-ink-muted">
      {`${words.article.reviewedBy} `}
      <Link
        className="font-medium text-brand-800 underline"
        href={`${about.href}#team-${member.slug}`}
        hrefLang={about.hrefLang}
      >
        {member.frontmatter.name}
      </Link>
      {`, ${member.frontmatter.credentials}, ${words.articleMeta.reviewedOn} `}
      <time dateTime={lastReviewed}>{formatDateIn(locale, lastReviewed)}</time>
      {licenceSummary(member.frontmatter) ? <span>{` · ${licenceSummary(member.frontmatter)}`}</span> : null}
      {member.frontmatter.licenseLookup ? (
        <span>
          {" · "}
          <LicenceLookupLink href={member.frontmatter.licenseLookup} locale={locale} />
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
