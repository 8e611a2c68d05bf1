import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { SpanishArticleList } from "@/components/i18n/spanish-article-card";
import { PageHeader } from "@/components/layout/page-header";
import { JsonLd } from "@/components/seo/json-ld";
import { getSpanishArticles } from "@/lib/content/translations";
import { spanishArticlesPath, spanishHomePath } from "@/lib/i18n/paths";
import { breadcrumbNode } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Artículos",
  description:
    "Artículos en lenguaje sencillo de ShaMynds Healing Center sobre la terapia con ketamina y la salud mental.",
  path: spanishArticlesPath,
  locale: "es",
});

export default function SpanishArticlesPage() {
  return (
    <>
      <JsonLd
        nodes={[
          breadcrumbNode([
            { name: "Inicio", path: spanishHomePath },
            { name: "Artículos", path: spanishArticlesPath },
          ]),
        ]}
      />
      <LanguageSwitch locale="es" path={spanishArticlesPath} />
      <PageHeader
        title="Artículos"
        lead="Lecturas en lenguaje sencillo sobre la terapia con ketamina y la salud mental, escritas por nuestra clínica. Información general, no consejo médico."
      />
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <SpanishArticleList articles={getSpanishArticles()} />
      </div>
    </>
  );
}
