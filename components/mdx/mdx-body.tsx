import { evaluateMdx } from "@/lib/content/mdx";
import { mdxComponents } from "./mdx-components";

/** Renders compiled MDX (from our repository, compiled at build time) with the allowed components. */
export async function MdxBody({ code }: { code: string }) {
  const Content = await evaluateMdx(code);
  return <Content components={mdxComponents} />;
}
