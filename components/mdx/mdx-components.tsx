import type { MDXComponents } from "mdx/types";
import type { ComponentPropsWithoutRef } from "react";
import { Callout } from "./callout";
import { ConsultationCta } from "./consultation-cta";
import { CrisisNote } from "./crisis-note";
import { Faq, FaqItem } from "./faq";
import { MdxImage } from "./mdx-image";
import { MdxLink } from "./mdx-link";

/** Wide tables scroll inside their own box instead of breaking the page at 320 px. */
function Table(props: ComponentPropsWithoutRef<"table">) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be focusable
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Table">
      <table {...props} />
    </div>
  );
}

/** The only components MDX files may use (the allow-list in lib/content/mdx-plugins.ts). */
export const mdxComponents: MDXComponents = {
  a: MdxLink,
  img: MdxImage,
  table: Table,
  Callout,
  CrisisNote,
  ConsultationCta,
  Faq,
  FaqItem,
};
