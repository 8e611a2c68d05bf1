import type { ReactNode } from "react";
import type { MdxComponentName, MdxComponentProps } from "@/lib/content/mdx-components";
import type { Locale } from "@/lib/i18n/messages";
import { Callout } from "./callout";
import { ClinicEmail, ClinicPhone } from "./clinic-contact";
import { ConsultationCta } from "./consultation-cta";
import { CrisisNote } from "./crisis-note";
import { Faq, FaqItem } from "./faq";
import { MdxImage } from "./mdx-image";
import { MdxLink } from "./mdx-link";
import { ScrollTable } from "./scroll-table";

/**
 * The React component for each name in lib/content/mdx-components.ts (the registry: props,
 * descriptions, allow-list), for a body in `locale`. The type demands exactly the registry's
 * names, each taking the props its schema accepts, so a component cannot be added, renamed or
 * given a prop in one place only. The two whose words are the site's own, not the author's, are
 * told the page's language.
 */
export function mdxComponentsFor(locale: Locale): {
  [Name in MdxComponentName]: (props: MdxComponentProps<Name> & { children?: ReactNode }) => ReactNode;
} {
  return {
    Callout,
    ClinicEmail,
    ClinicPhone,
    ConsultationCta: () => <ConsultationCta locale={locale} />,
    CrisisNote: () => <CrisisNote locale={locale} />,
    Faq,
    FaqItem,
  };
}

/** Plain elements that get the site's treatment: links, images, and tables that scroll. */
export const mdxElements = { a: MdxLink, img: MdxImage, table: ScrollTable };
