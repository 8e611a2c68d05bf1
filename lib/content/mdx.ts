import { compile } from "@mdx-js/mdx";
import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { VFile } from "vfile";
import {
  rehypeCollectToc,
  rehypeImageSize,
  rehypeKeepTree,
  remarkAllowList,
  remarkKeepTree,
  type MdxCheckFinding,
  type TocEntry,
} from "./mdx-plugins";
import { publicDir as defaultPublicDir } from "./paths";

export interface CompiledMdx {
  /**
   * The body as an HTML tree: Markdown already turned into elements (headings with ids and anchor
   * links, images with their sizes), the allowed components still as MDX JSX nodes.
   */
  hast: HastRoot;
  toc: TocEntry[];
  findings: MdxCheckFinding[];
  /** The Markdown syntax tree of the body (positions relative to the body), for content checks. */
  tree: MdastRoot;
}

export interface CompileOptions {
  /** Where /images/… are read from to give every image its width and height. */
  publicDir?: string;
}

export class MdxSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
  ) {
    super(message);
    this.name = "MdxSyntaxError";
  }
}

/**
 * Compiles trusted MDX from the repository (never from a request) and runs every check on it.
 * The compiled JavaScript itself is not used: pages render `hast` to static HTML.
 * Pages are prerendered, so this runs at build time; `bodyStartLine` shifts MDX line numbers
 * back to lines of the whole file, frontmatter included.
 */
export async function compileMdx(body: string, bodyStartLine = 1, options: CompileOptions = {}): Promise<CompiledMdx> {
  const file = new VFile({ value: body });
  try {
    const compiled = await compile(file, {
      outputFormat: "function-body",
      remarkPlugins: [remarkGfm, remarkAllowList, remarkKeepTree],
      rehypePlugins: [
        [rehypeImageSize, { publicDir: options.publicDir ?? defaultPublicDir }],
        rehypeSlug,
        [rehypeAutolinkHeadings, { behavior: "wrap", properties: { className: ["heading-anchor"] } }],
        rehypeCollectToc,
        rehypeKeepTree,
      ],
    });
    const shift = (finding: MdxCheckFinding): MdxCheckFinding => ({
      ...finding,
      line: finding.line === undefined ? undefined : finding.line + bodyStartLine - 1,
    });
    return {
      hast: compiled.data.hast ?? { type: "root", children: [] },
      toc: compiled.data.toc ?? [],
      findings: (compiled.data.findings ?? []).map(shift),
      tree: compiled.data.mdast ?? { type: "root", children: [] },
    };
  } catch (error) {
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } })
      .place;
    const start = place && "start" in place && place.start ? place.start : place;
    const line = start?.line === undefined ? undefined : start.line + bodyStartLine - 1;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    throw new MdxSyntaxError(reason, line, start?.column);
  }
}
