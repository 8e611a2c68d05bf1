import { LanguageSwitch } from "@/components/i18n/language-switch";
import { JsonLd } from "@/components/seo/json-ld";
import type { LocalArticle } from "@/lib/content/localized";
import type { Locale } from "@/lib/i18n/messages";
import { articlePathIn } from "@/lib/i18n/paths";
import { articlePageNodes } from "@/lib/seo/article";
import { ArticleView } from "./article-view";

/** An article's public page in either language: its structured data, the language switch, the article. */
export function ArticlePage({ article, locale }: { article: LocalArticle; locale: Locale }) {
  return (
    <>
      <JsonLd nodes={articlePageNodes(article, locale)} />
      <LanguageSwitch locale={locale} path={articlePathIn(locale, article.slug)} />
      <ArticleView article={article} locale={locale} />
    </>
  );
}
