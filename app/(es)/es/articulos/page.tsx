import { ArticlesIndex, articlesIndexMetadata } from "@/components/articles/articles-index";

export const metadata = articlesIndexMetadata("es");

export default function SpanishArticlesPage() {
  return <ArticlesIndex locale="es" />;
}
