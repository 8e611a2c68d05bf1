import Link from "next/link";
import { TableOfContents } from "@/components/articles/table-of-contents";
import { LiveContent } from "@/components/dev/live-content";
import { PageHeader } from "@/components/layout/page-header";
import { ConsultationCta } from "@/components/mdx/consultation-cta";
import { MdxBody } from "@/components/mdx/mdx-body";
import { KeyPoints } from "@/components/health/key-points";
import { LicenceLookupLink, licenceSummary } from "@/components/health/licence";
import { ReferencesList } from "@/components/health/references-list";
import { ReviewLine } from "@/components/health/review-line";
import { linkCitations, linkGlossaryTerms } from "@/lib/content/body-links";
import { getGlossary, glossaryPaths } from "@/lib/content/glossary";
import { compileMdx, endsWithConsultationCta } from "@/lib/content/mdx";
import { getTeamMember } from "@/lib/content/team";
import type { TranslatedArticle } from "@/lib/content/translations";
import { formatDateIn } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { spanishArticlesPath } from "@/lib/i18n/paths";

const words = t("es").article;
const date = (iso: string) => <time dateTime={iso}>{formatDateIn("es", iso)}</time>;

/** A Spanish article: the English article's layout with Spanish dates, reading time and labels. */
export async function SpanishArticleView({ article }: { article: TranslatedArticle }) {
  const { frontmatter } = article;
  const compiled = await compileMdx(article.body, article.bodyStartLine);
  const { toc } = compiled;
  const references = frontmatter.references ?? [];
  const hast = linkGlossaryTerms(
    linkCitations(compiled.hast, references.length, t("es").health.citation),
    getGlossary(),
    "es",
    glossaryPaths.es,
  );
  const reviewer = frontmatter.reviewedBy ? getTeamMember(frontmatter.reviewedBy) : undefined;
  return (
    <article>
      <PageHeader title={frontmatter.title} lead={frontmatter.description}>
        <p className="mt-4 text-sm text-ink-muted">
          {frontmatter.author ? <span>Por {frontmatter.author} · </span> : null}
          <span>
            {words.published} {date(frontmatter.date)}
          </span>
          {frontmatter.updated ? (
            <span>
              {" "}
              · {words.updated} {date(frontmatter.updated)}
            </span>
          ) : null}
          <span> · {words.readingTime(article.readingMinutes)}</span>
        </p>
        {reviewer && frontmatter.lastReviewed ? (
          <p className="mt-2 text-sm text-ink-muted">
            {words.reviewedBy}{" "}
            <Link className="font-medium text-brand-800 underline" href={`/about#team-${reviewer.slug}`} hrefLang="en">
              {reviewer.frontmatter.name}
            </Link>
            , {reviewer.frontmatter.credentials}, el {date(frontmatter.lastReviewed)}
            {licenceSummary(reviewer.frontmatter) ? <span> · {licenceSummary(reviewer.frontmatter)}</span> : null}
            {reviewer.frontmatter.licenseLookup ? (
              <span>
                {" "}
                · <LicenceLookupLink href={reviewer.frontmatter.licenseLookup} locale="es" />
              </span>
            ) : null}
          </p>
        ) : null}
      </PageHeader>
      <div className="mx-auto max-w-3xl px-4 sm:px-6">
        <KeyPoints points={frontmatter.keyPoints} locale="es" />
        <div className="my-8">
          <TableOfContents entries={toc} label={words.toc} />
        </div>
        <MdxBody tree={hast} locale="es" />
        <ReferencesList references={references} locale="es" />
        <ReviewLine lastReviewed={frontmatter.lastReviewed} nextReview={frontmatter.nextReview} locale="es" />
        {endsWithConsultationCta(hast) ? null : <ConsultationCta locale="es" />}
        <p className="mt-10">
          <Link className="font-semibold text-brand-800 underline" href={spanishArticlesPath}>
            {words.allArticles}
          </Link>
        </p>
      </div>
      <LiveContent />
    </article>
  );
}
