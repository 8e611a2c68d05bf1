import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import remarkRehype, { type Options as RemarkRehypeOptions } from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { sanitizeSchema } from "./html-allow-list";
import { checkMdxTree, type MdxCheckFinding } from "./rules/mdx";
import { rehypeCollectToc, rehypeImageSize, rehypeMdxToElements, type TocEntry } from "./mdx-plugins";
import { publicDir as defaultPublicDir } from "./paths";

export type { MdxCheckFinding } from "./rules/mdx";

export interface ParsedMdx {
  /** The Markdown syntax tree of the body (positions relative to the body), for content checks. */
  tree: MdastRoot;
  /** What the body uses that the site cannot show (lines of the whole file). */
  findings: MdxCheckFinding[];
}

export interface CompiledMdx extends ParsedMdx {
  /**
   * The body as an HTML tree, sanitized: Markdown turned into elements (headings with ids and
   * anchor links, images with their sizes), the allowed components as elements named after them
   * (components/mdx/mdx-body.tsx renders it with React).
   */
  hast: HastRoot;
  toc: TocEntry[];
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

// MDX is only parsed, never compiled to JavaScript: the tree is all the site needs.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/** The MDX node types remark-rehype hands through untouched, for rehypeMdxToElements. */
const toHast: RemarkRehypeOptions = {
  passThrough: ["mdxJsxFlowElement", "mdxJsxTextElement", "mdxFlowExpression", "mdxTextExpression", "mdxjsEsm"],
};

/**
 * Parses trusted MDX from the repository (never from a request) and checks its tree: what
 * content:check needs. `bodyStartLine` shifts MDX line numbers back to lines of the whole file.
 */
export function parseMdx(body: string, bodyStartLine = 1): ParsedMdx {
  let tree: MdastRoot;
  try {
    tree = parser.parse(new VFile({ value: body })) as MdastRoot;
  } catch (error) {
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } })
      .place;
    const start = place && "start" in place && place.start ? place.start : place;
    const line = start?.line === undefined ? undefined : start.line + bodyStartLine - 1;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    throw new MdxSyntaxError(reason, line, start?.column);
  }
  const findings = checkMdxTree(tree).map((finding) => ({
    ...finding,
    line: finding.line === undefined ? undefined : finding.line + bodyStartLine - 1,
  }));
  return { tree, findings };
}

/**
 * Parses, checks and turns a body into the sanitized HTML tree pages render. Pages are
 * prerendered, so this runs at build time (and per request in `next dev`).
 */
export async function compileMdx(body: string, bodyStartLine = 1, options: CompileOptions = {}): Promise<CompiledMdx> {
  const parsed = parseMdx(body, bodyStartLine);
  const file = new VFile({ value: body });
  const hast = (await unified()
    .use(remarkRehype, toHast)
    .use(rehypeMdxToElements)
    // Raw HTML by allow-list, also when content:check was skipped (lib/content/html-allow-list.ts).
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeImageSize, { publicDir: options.publicDir ?? defaultPublicDir })
    .use(rehypeSlug)
    .use(rehypeAutolinkHeadings, { behavior: "wrap", properties: { className: ["heading-anchor"] } })
    .use(rehypeCollectToc)
    .run(structuredClone(parsed.tree), file)) as HastRoot;
  return { ...parsed, hast, toc: file.data.toc ?? [] };
}

/**
 * Whether a body already ends with the consultation box, so the page does not add a second one
 * right after it (an author may end an article or page with <ConsultationCta />).
 */
export function endsWithConsultationCta(tree: HastRoot): boolean {
  const last = tree.children.filter((node) => !(node.type === "text" && node.value.trim() === "")).at(-1);
  return last?.type === "element" && last.tagName === "ConsultationCta";
}
