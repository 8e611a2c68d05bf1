import type { Clinic } from "@/lib/content/clinic";
import type { TranslatedArticle } from "@/lib/content/translations";
import { buildRssFeed } from "@/lib/seo/feed";
import { siteUrl } from "@/lib/seo/urls";
import { languageTag, t } from "./messages";
import { spanishArticlePath, spanishArticlesPath, spanishFeedPath } from "./paths";

/** RSS 2.0 of the Spanish articles (language es-US), every link absolute, newest first. */
export function spanishRssFeed(articles: TranslatedArticle[], clinic: Clinic, origin: string = siteUrl): string {
  return buildRssFeed(
    articles.map((article) => ({ ...article, path: spanishArticlePath(article.slug) })),
    {
      title: t("es").feedTitle(clinic.name),
      description: t("es").articlesIndex.description,
      listPath: spanishArticlesPath,
      feedPath: spanishFeedPath,
      language: languageTag.es,
    },
    clinic,
    origin,
  );
}
