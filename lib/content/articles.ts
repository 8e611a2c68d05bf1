import path from "node:path";
import GithubSlugger from "github-slugger";
import readingTime from "reading-time";
import { isProduction } from "@/lib/env";
import { loadCollection, requireValid, type ContentEntry } from "./collection";
import { contentDir } from "./paths";
import { articleFrontmatterSchema, type ArticleFrontmatter } from "./schemas";

export const articlesDir = path.join(contentDir, "articles");

export interface Article extends ContentEntry<ArticleFrontmatter> {
  readingMinutes: number;
  tags: { name: string; slug: string }[];
  /** The later of `updated` and `date`: what "last modified" means for feeds and sitemaps. */
  modified: string;
}

export function tagSlug(tag: string): string {
  return new GithubSlugger().slug(tag);
}

function toArticle(entry: ContentEntry<ArticleFrontmatter>): Article {
  const { frontmatter } = entry;
  return {
    ...entry,
    readingMinutes: Math.max(1, Math.round(readingTime(entry.body).minutes)),
    tags: (frontmatter.tags ?? []).map((name) => ({ name, slug: tagSlug(name) })),
    modified: frontmatter.updated && frontmatter.updated > frontmatter.date ? frontmatter.updated : frontmatter.date,
  };
}

let cache: Article[] | undefined;

/** Every valid article, newest first. Cached for the life of a production process. */
function loadAll(): Article[] {
  if (cache) return cache;
  const articles = requireValid(loadCollection(articlesDir, articleFrontmatterSchema))
    .map(toArticle)
    .sort((a, b) => b.frontmatter.date.localeCompare(a.frontmatter.date) || a.slug.localeCompare(b.slug));
  // In development staff edit files while the server runs: always read them afresh.
  if (isProduction) cache = articles;
  return articles;
}

export interface VisibilityOptions {
  /** Drafts are shown in development and in preview (draft mode), never otherwise. */
  includeDrafts?: boolean;
}

const draftsVisibleByDefault = !isProduction;

export function getArticles({ includeDrafts = draftsVisibleByDefault }: VisibilityOptions = {}): Article[] {
  return loadAll().filter((article) => includeDrafts || !article.frontmatter.draft);
}

export function getArticle(slug: string, options: VisibilityOptions = {}): Article | undefined {
  return getArticles(options).find((article) => article.slug === slug);
}

/** Every tag used by a visible article, with how many articles carry it. */
export function getTags(options: VisibilityOptions = {}): { name: string; slug: string; count: number }[] {
  const bySlug = new Map<string, { name: string; slug: string; count: number }>();
  for (const article of getArticles(options)) {
    for (const tag of article.tags) {
      const existing = bySlug.get(tag.slug);
      if (existing) existing.count += 1;
      else bySlug.set(tag.slug, { ...tag, count: 1 });
    }
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function getArticlesByTag(slug: string, options: VisibilityOptions = {}): Article[] {
  return getArticles(options).filter((article) => article.tags.some((tag) => tag.slug === slug));
}

/** Articles sharing the most tags with this one, newest first among equals. */
export function getRelatedArticles(article: Article, limit = 3, options: VisibilityOptions = {}): Article[] {
  const mine = new Set(article.tags.map((tag) => tag.slug));
  if (mine.size === 0) return [];
  return getArticles(options)
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({ other, shared: other.tags.filter((tag) => mine.has(tag.slug)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map(({ other }) => other);
}
