import type { Root } from "hast";
import { toJsxRuntime, type Components } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import type { Locale } from "@/lib/i18n/messages";
import { mdxComponentsFor, mdxElements } from "./components";

const componentsFor = (locale: Locale) =>
  ({ ...mdxElements, ...mdxComponentsFor(locale) }) as unknown as Partial<Components>;
const components: Record<Locale, Partial<Components>> = { en: componentsFor("en"), es: componentsFor("es") };

/**
 * An article's or page's MDX body in the site's prose style, as React server components: the
 * sanitized HTML tree from lib/content/mdx.ts turned into elements by hast-util-to-jsx-runtime
 * (what react-markdown does), the allowed components rendered by their own components. No code
 * from the content runs and nothing is inserted as raw HTML. Content pages ship no scripts or
 * RSC payload (stripped after the build), so the body is in the page once.
 */
export function MdxBody({ tree, locale = "en" }: { tree: Root; locale?: Locale }) {
  return (
    <div className="prose">
      {toJsxRuntime(tree, { Fragment, jsx, jsxs, components: components[locale], tableCellAlignToStyle: false })}
    </div>
  );
}
