import type { Article } from "@/lib/content/articles";
import { ArticleCard } from "./article-card";

export function ArticleList({ articles, headingLevel = 2 }: { articles: Article[]; headingLevel?: 2 | 3 }) {
  if (articles.length === 0) return <p>No articles yet.</p>;
  return (
    <ul className="grid gap-6 md:grid-cols-2">
      {articles.map((article) => (
        <li key={article.slug}>
          <ArticleCard article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
