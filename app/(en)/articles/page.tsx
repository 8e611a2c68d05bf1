import { ArticlesIndex, articlesIndexMetadata } from "@/components/articles/articles-index";

export const metadata = articlesIndexMetadata("en");

export default function ArticlesPage() {
  return <ArticlesIndex locale="en" />;
}
