/**
 * content/pages/home.mdx (and content/es/pages/home.mdx) is the home page, served at / (and /es):
 * never also at /home. Every other page file is served by the generic page route of its
 * language, which adds the clinic's data where a page has some (components/clinic/clinic-page-view.tsx).
 */
export const homePageSlug = "home";

/** The web address of a content page. */
export const pagePath = (slug: string) => (slug === homePageSlug ? "/" : `/${slug}`);
