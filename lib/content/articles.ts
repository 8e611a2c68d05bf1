import GithubSlugger from "github-slugger";
import readingTime from "reading-time";
import { isProduction } from "@/lib/env";
import { validEntries, type ContentEntry } from "./collection";
import type { ArticleFrontmatter } from "./schemas";
import { loadedContent } from "./loaded-content";

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

interface ArticleIndex {
  all: Article[];
  published: Article[];
  bySlug: Map<string, Article>;
  /** Tag slug → articles carrying it, newest first (drafts included; callers filter). */
  byTag: Map<string, Article[]>;
}

const cache = loadedContent<ArticleIndex>();

const newestFirst = (a: Article, b: Article) =>
  b.frontmatter.date.localeCompare(a.frontmatter.date) || a.slug.localeCompare(b.slug);

/**
 * Every valid article, newest first, with lookups built once. A build prerenders every article
 * and each page asks for lists, one article and related ones: indexes keep that linear in N.
 */
function loadAll(): ArticleIndex {
  const kept = cache.get();
  if (kept) return kept;
  const all = validEntries("article").map(toArticle).sort(newestFirst);
  const byTag = new Map<string, Article[]>();
  for (const article of all) {
    for (const tag of article.tags) {
      const list = byTag.get(tag.slug);
      if (list) list.push(article);
      else byTag.set(tag.slug, [article]);
    }
  }
  const index: ArticleIndex = {
    all,
    published: all.filter((article) => !article.frontmatter.draft),
    bySlug: new Map(all.map((article) => [article.slug, article])),
    byTag,
  };
  // In development staff edit files while the server runs: always read them afresh.
  if (isProduction) cache.keep(index);
  return index;
}

export interface VisibilityOptions {
  /** Drafts are shown in development and in preview (draft mode), never otherwise. */
  includeDrafts?: boolean;
}

const draftsVisibleByDefault = !isProduction;

export function getArticles({ includeDrafts = draftsVisibleByDefault }: VisibilityOptions = {}): Article[] {
  const index = loadAll();
  return includeDrafts ? index.all : index.published;
}

export function getArticle(slug: string, { includeDrafts = draftsVisibleByDefault }: VisibilityOptions = {}): Article | undefined {
  const article = loadAll().bySlug.get(slug);
  return article && (includeDrafts || !article.frontmatter.draft) ? article : undefined;
}

/** Every tag used by a visible article, with how many articles carry it. */
export function getTags(options: VisibilityOptions = {}): { name: string; slug: string; count: number }[] {
  return countTags(getArticles(options), "en");
}

/** The tags of these articles, each with how many carry it, in alphabetical order of the language. */
export function countTags(
  articles: readonly { tags: { name: string; slug: string }[] }[],
  language: string,
): { name: string; slug: string; count: number }[] {
  const bySlug = new Map<string, { name: string; slug: string; count: number }>();
  for (const article of articles) {
    for (const tag of article.tags) {
      const existing = bySlug.get(tag.slug);
      if (existing) existing.count += 1;
      else bySlug.set(tag.slug, { ...tag, count: 1 });
    }
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name, language));
}

export function getArticlesByTag(slug: string, { includeDrafts = draftsVisibleByDefault }: VisibilityOptions = {}): Article[] {
  const tagged = loadAll().byTag.get(slug) ?? [];
  return includeDrafts ? tagged : tagged.filter((article) => !article.frontmatter.draft);
}

/** Articles sharing the most tags with this one, newest first among equals. */
export function getRelatedArticles(
  article: Article,
  limit = 3,
  { includeDrafts = draftsVisibleByDefault }: VisibilityOptions = {},
): Article[] {
  // Keyed by slug, not by object: in development every load makes fresh objects, and the article
  // passed in may come from another load than the index.
  const shared = new Map<string, { other: Article; count: number }>();
  for (const tag of article.tags) {
    for (const other of loadAll().byTag.get(tag.slug) ?? []) {
      if (other.slug === article.slug || (!includeDrafts && other.frontmatter.draft)) continue;
      const seen = shared.get(other.slug);
      shared.set(other.slug, { other, count: (seen?.count ?? 0) + 1 });
    }
  }
  return [...shared.values()]
    .sort((a, b) => b.count - a.count || newestFirst(a.other, b.other))
    .slice(0, limit)
    .map(({ other }) => other);
}
