import type { Root } from "hast";
import { toJsxRuntime, type Components } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { mdxComponents, mdxElements } from "./components";

const components = { ...mdxElements, ...mdxComponents } as unknown as Partial<Components>;

/**
 * An article's or page's MDX body in the site's prose style, as React server components: the
 * sanitized HTML tree from lib/content/mdx.ts turned into elements by hast-util-to-jsx-runtime
 * (what react-markdown does), the allowed components rendered by their own components. No code
 * from the content runs and nothing is inserted as raw HTML. Content pages ship no scripts or
 * RSC payload (stripped after the build), so the body is in the page once.
 */
export function MdxBody({ tree }: { tree: Root }) {
  return (
    <div className="prose">{toJsxRuntime(tree, { Fragment, jsx, jsxs, components, tableCellAlignToStyle: false })}</div>
  );
}
