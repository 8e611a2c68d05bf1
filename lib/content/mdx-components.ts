import { z } from "zod";
import { getClinic } from "./clinic";
import { editDistance } from "./frontmatter";

/**
 * The one list of components staff may use in MDX: name → the attributes it accepts (a zod
 * schema, all values are text), whether it wraps text, and a one-line description.
 *
 * Everything else derives from this list: the content check's allow-list and its "did you mean
 * <Callout>?" suggestions, the raw-HTML sanitizer's schema (lib/content/html-allow-list.ts), the
 * FAQ structured data (lib/seo/faq.ts), and the component table in CONTENT.md (a unit test keeps
 * it in step). The React component for each name is in components/mdx/components.tsx, whose type
 * requires exactly these names and props, so the two cannot drift.
 *
 * Adding a component: one file in components/mdx/, one entry here and in components.tsx, one row
 * and example in CONTENT.md.
 */
export const mdxComponentSpecs = {
  Callout: {
    props: z.strictObject({ title: z.string().min(1).optional() }),
    children: true,
    description: "A highlighted note; the title is optional.",
  },
  CrisisNote: {
    props: z.strictObject({}),
    children: false,
    description: "The crisis help box (988 call and text, 911); required wherever suicide is mentioned.",
  },
  ConsultationCta: {
    props: z.strictObject({}),
    children: false,
    description: 'The "Request a consultation" box with our phone number.',
  },
  ClinicPhone: {
    props: z.strictObject({}),
    children: false,
    description: "The clinic's phone number as a link, from content/clinic.yaml.",
    /** What it shows, as plain text (for structured data). */
    text: () => getClinic().phoneDisplay,
  },
  ClinicEmail: {
    props: z.strictObject({}),
    children: false,
    description: "The clinic's email address as a link, from content/clinic.yaml.",
    text: () => getClinic().email,
  },
  Faq: {
    props: z.strictObject({}),
    children: true,
    description: "A group of questions; the page then describes them to search engines (FAQPage).",
  },
  FaqItem: {
    props: z.strictObject({ question: z.string().min(1) }),
    children: true,
    description: "One question (the question attribute) and its answer, which opens and closes on a tap.",
    /** Its question and answer go into the page's FAQPage structured data. */
    faqQuestion: "question",
  },
} as const satisfies Record<string, MdxComponentSpec>;

export interface MdxComponentSpec {
  props: z.ZodObject;
  /** Whether it wraps text (<Callout>…</Callout>) or stands alone (<CrisisNote />). */
  children: boolean;
  description: string;
  text?: () => string;
  faqQuestion?: string;
}

export type MdxComponentName = keyof typeof mdxComponentSpecs;
export type MdxComponentProps<Name extends MdxComponentName> = z.infer<(typeof mdxComponentSpecs)[Name]["props"]>;

export const mdxComponentNames = Object.keys(mdxComponentSpecs) as MdxComponentName[];

export function isMdxComponent(name: string): name is MdxComponentName {
  return Object.hasOwn(mdxComponentSpecs, name);
}

/** The spec of a component, or undefined for a name the site does not know. */
export function mdxComponentSpec(name: string): MdxComponentSpec | undefined {
  return isMdxComponent(name) ? mdxComponentSpecs[name] : undefined;
}

/** The attribute names a component accepts. */
export function componentAttributes(name: MdxComponentName): string[] {
  return Object.keys(mdxComponentSpecs[name].props.shape);
}

/** The closest known component to a misspelt name (<Calout> → Callout), if any is close. */
export function suggestComponent(name: string): MdxComponentName | undefined {
  let best: { name: MdxComponentName; distance: number } | undefined;
  for (const candidate of mdxComponentNames) {
    const distance = editDistance(candidate.toLowerCase(), name.toLowerCase());
    if (distance <= Math.max(2, Math.floor(candidate.length / 3)) && (!best || distance < best.distance)) {
      best = { name: candidate, distance };
    }
  }
  return best?.name;
}

/** How a component is written, for messages and CONTENT.md: <Callout title="…">…</Callout>. */
export function componentUsage(name: MdxComponentName): string {
  const attributes = componentAttributes(name)
    .map((attribute) => ` ${attribute}="…"`)
    .join("");
  return mdxComponentSpecs[name].children ? `<${name}${attributes}>…</${name}>` : `<${name}${attributes} />`;
}
