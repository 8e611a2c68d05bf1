import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import Link from "next/link";
import { ArticleList } from "@/components/articles/article-list";
import { LiveContent } from "@/components/dev/live-content";
import { Hero } from "@/components/home/hero";
import { ConsultationCta } from "@/components/mdx/consultation-cta";
import { MdxBody } from "@/components/mdx/mdx-body";
import { JsonLd } from "@/components/seo/json-ld";
import { getArticles } from "@/lib/content/articles";
import { homePageSlug } from "@/lib/content/page-routes";
import { getPage } from "@/lib/content/pages";
import { pageMetadata } from "@/lib/seo/metadata";
import { compileMdx } from "@/lib/content/mdx";
import { MissingContent } from "@/components/dev/content-problems";

// The home page's words are content/pages/home.mdx (hero in its frontmatter, sections in its body).

export function generateMetadata(): Metadata {
  const page = getPage(homePageSlug);
  if (!page) return {};
  return pageMetadata({ title: page.frontmatter.title, description: page.frontmatter.description, path: "/" });
}

export default async function HomePage() {
  const page = getPage(homePageSlug);
  if (!page) return <MissingContent collection="page" slug={homePageSlug} />;
  if (!page.frontmatter.hero) notFound();
  const { hast } = await compileMdx(page.body, page.bodyStartLine);
  const latest = getArticles().slice(0, 4);
  return (
    <>
      <JsonLd />
      <LanguageSwitch locale="en" path={"/"} />
      <Hero hero={page.frontmatter.hero} />
      <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
        <div className="max-w-3xl">
          <MdxBody tree={hast} />
        </div>
      </div>
      <section aria-labelledby="latest-heading" className="bg-brand-50">
        <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
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
        </div>
      </section>
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <ConsultationCta />
      </div>
      <LiveContent />
    </>
  );
}
