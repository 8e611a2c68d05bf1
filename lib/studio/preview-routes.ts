import type { ComponentType } from "react";

/**
 * Which of the public site's own page components shows an address. The studio previews a page by
 * rendering exactly that component with the file as it is saved now (drafts included for
 * articles), inside the site's own layout and CSS: what patients will see once it is published.
 */
type PageModule = { default: ComponentType<{ params: Promise<Record<string, string>> }> };
type Route = {
  pattern: RegExp;
  load: () => Promise<PageModule>;
  params?: (match: RegExpExecArray) => Record<string, string>;
};

const page = (load: () => Promise<unknown>) => load as () => Promise<PageModule>;

export const previewRoutes: Route[] = [
  { pattern: /^\/$/, load: page(() => import("@/app/(en)/page")) },
  { pattern: /^\/glossary$/, load: page(() => import("@/app/(en)/glossary/page")) },
  { pattern: /^\/articles$/, load: page(() => import("@/app/(en)/articles/page")) },
  { pattern: /^\/([a-z0-9-]+)$/, load: page(() => import("@/app/(en)/[page]/page")), params: (m) => ({ page: m[1]! }) },
  { pattern: /^\/es$/, load: page(() => import("@/app/(es)/es/page")) },
  { pattern: /^\/es\/glosario$/, load: page(() => import("@/app/(es)/es/glosario/page")) },
  { pattern: /^\/es\/articulos$/, load: page(() => import("@/app/(es)/es/articulos/page")) },
  {
    pattern: /^\/articles\/tags\/([^/]+)$/,
    load: page(() => import("@/app/(en)/articles/tags/[tag]/page")),
    params: (m) => ({ tag: m[1]! }),
  },
  {
    pattern: /^\/es\/articulos\/temas\/([^/]+)$/,
    load: page(() => import("@/app/(es)/es/articulos/temas/[tema]/page")),
    params: (m) => ({ tema: m[1]! }),
  },
  {
    pattern: /^\/es\/([a-z0-9-]+)$/,
    load: page(() => import("@/app/(es)/es/[pagina]/page")),
    params: (m) => ({ pagina: m[1]! }),
  },
];

export function findPreviewRoute(pathname: string) {
  for (const route of previewRoutes) {
    const match = route.pattern.exec(pathname);
    if (match) return { load: route.load, params: route.params?.(match) ?? {} };
  }
  return undefined;
}
