/**
 * Files in content/pages/ that are not served by the generic app/[page] route: the home page
 * (served at /, so /home must not become a second address for it) and pages whose route adds
 * data from clinic.yaml around the prose.
 */
export const homePageSlug = "home";

export const pagesWithOwnRoute: ReadonlySet<string> = new Set([homePageSlug, "costs", "contact", "for-clinicians"]);

/** The web address of a content page. */
export const pagePath = (slug: string) => (slug === homePageSlug ? "/" : `/${slug}`);
