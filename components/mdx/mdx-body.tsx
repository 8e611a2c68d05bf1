import type { Root } from "hast";
import { mdxToHtml } from "./mdx-html";

/** An article's or page's MDX body, as static HTML in the site's prose style (see mdx-html.ts for why). */
export function MdxBody({ tree }: { tree: Root }) {
  return <div className="prose" dangerouslySetInnerHTML={{ __html: mdxToHtml(tree) }} />;
}
