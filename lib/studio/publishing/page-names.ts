import { homePageSlug, pagePath } from "@/lib/content/page-routes";

/**
 * What staff call a changed file, and where to see it on the site, for the publish list and the
 * history. The Spanish and glossary addresses restate lib/i18n/paths.ts and lib/content/glossary.ts
 * (which load the content and the environment when imported); page-names.test.ts compares them.
 */
export type PageName = { label: string; url?: string };

export const spanishRoutes = {
  home: "/es",
  article: (slug: string) => `/es/articulos/${slug}`,
  page: (slug: string) => `/es/${slug}`,
  glossary: "/es/glosario",
};
export const glossaryUrl = "/glossary";

const mdx = (folder: string) => new RegExp(`^content/${folder}/([^/]+)\\.mdx$`);

const rules: [RegExp, (name: string) => PageName][] = [
  [mdx("articles"), (slug) => ({ label: `Article: ${slug}`, url: `/articles/${slug}` })],
  [mdx("pages"), (slug) => ({ label: slug === homePageSlug ? "Home page" : `Page: ${slug}`, url: pagePath(slug) })],
  [mdx("es/articles"), (slug) => ({ label: `Spanish article: ${slug}`, url: spanishRoutes.article(slug) })],
  [
    mdx("es/pages"),
    (slug) =>
      slug === homePageSlug
        ? { label: "Spanish home page", url: spanishRoutes.home }
        : { label: `Spanish page: ${slug}`, url: spanishRoutes.page(slug) },
  ],
  // Team members are shown on the About page (app/(en)/[page] adds the team list to it).
  [mdx("team"), (name) => ({ label: `Team member: ${name}`, url: "/about" })],
  [/^content\/clinic\.yaml$/, () => ({ label: "Clinic details", url: "/contact" })],
  [/^content\/glossary\.yaml$/, () => ({ label: "Glossary", url: glossaryUrl })],
  [/^public\/images\/(.+)$/, (name) => ({ label: `Image ${name}`, url: `/images/${name}` })],
];

export function pageForFile(file: string): PageName {
  for (const [pattern, name] of rules) {
    const match = pattern.exec(file);
    if (match) return name(match[1] ?? "");
  }
  return { label: file };
}

/** The pages a change touches, each once, in the order of the files. */
export function pagesForFiles(files: readonly string[]): PageName[] {
  const seen = new Map<string, PageName>();
  for (const file of files) {
    const page = pageForFile(file);
    if (!seen.has(page.label)) seen.set(page.label, page);
  }
  return [...seen.values()];
}
