import Link from "next/link";
import { ArticleList } from "@/components/articles/article-list";
import { LiveContent } from "@/components/dev/live-content";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { ConsultationCta } from "@/components/mdx/consultation-cta";
import { MdxBody } from "@/components/mdx/mdx-body";
import { JsonLd } from "@/components/seo/json-ld";
import { articlesIn, homeIn, type LocalPage } from "@/lib/content/localized";
import { compileMdx, endsWithConsultationCta } from "@/lib/content/mdx";
import { t, type Locale } from "@/lib/i18n/messages";
import { articlesPaths, homePaths } from "@/lib/i18n/paths";
import { pageMetadata } from "@/lib/seo/metadata";
import { Hero, type HeroContent } from "./hero";

/**
 * The home page of either language: the hero from home.mdx's frontmatter, its body, the latest
 * articles of that language and the consultation box.
 */
export async function HomeView({ home, hero, locale }: { home: LocalPage; hero: HeroContent; locale: Locale }) {
  const { hast } = await compileMdx(home.body, home.bodyStartLine);
  const latest = articlesIn(locale).slice(0, 4);
  const words = t(locale);
  return (
    <>
      <JsonLd />
      <LanguageSwitch locale={locale} path={homePaths[locale]} />
      <Hero hero={hero} />
      <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
        <div className="max-w-3xl">
          <MdxBody tree={hast} locale={locale} />
        </div>
      </div>
      {latest.length > 0 ? (
        <section aria-labelledby="latest-heading" className="bg-brand-50">
          <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
            <h2 id="latest-heading" className="text-3xl font-bold text-brand-900">
              {words.home.latest}
            </h2>
            <div className="mt-6">
              <ArticleList articles={latest} locale={locale} headingLevel={3} />
            </div>
            <p className="mt-6">
              <Link className="font-semibold text-brand-800 underline" href={articlesPaths[locale]}>
                {words.article.allArticles}
              </Link>
            </p>
          </div>
        </section>
      ) : null}
      {endsWithConsultationCta(hast) ? null : (
        <div className="mx-auto max-w-6xl px-4 sm:px-6">
          <ConsultationCta locale={locale} />
        </div>
      )}
      <LiveContent />
    </>
  );
}

/** The home page file of a language, with its hero (a home page without one is a 404). */
export function findHome(locale: Locale): { home: LocalPage; hero: HeroContent } | undefined {
  const home = homeIn(locale);
  return home?.frontmatter.hero ? { home, hero: home.frontmatter.hero } : undefined;
}

export function homeMetadata(locale: Locale) {
  const home = homeIn(locale);
  if (!home) return {};
  const { title, description } = home.frontmatter;
  return pageMetadata({ title, description, path: homePaths[locale], locale });
}
